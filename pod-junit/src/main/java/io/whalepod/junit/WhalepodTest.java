package io.whalepod.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose {@link PodUnderTest} fields Whalepod starts and deletes.
 *
 * <pre>{@code
 * @WhalepodTest
 * class WebTest {
 *   @PodUnderTest
 *   static final TestPod web = TestPod.fromYaml("pods/web.yaml");
 *
 *   @Test
 *   void servesTheIndex() {
 *     assertEquals(0, web.exec("client", "wget", "-qO-", "http://127.0.0.1:8080").exitCode());
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(WhalepodExtension.class)
public @interface WhalepodTest {}
