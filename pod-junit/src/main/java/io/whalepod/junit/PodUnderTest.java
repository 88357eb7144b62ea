package io.whalepod.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link TestPod} field of a {@link WhalepodTest} class. A static field's pod is started once before all
 * tests of the class and deleted after them; an instance field's pod is started before each test and deleted after
 * it. The pods of one scope start in parallel.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PodUnderTest {}
