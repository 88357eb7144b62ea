package io.whalepod.junit;

import java.lang.reflect.Field;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Starts the {@link TestPod}s of {@link PodUnderTest} fields and hands them to JUnit to delete: static fields before
 * all tests of the class, instance fields before each test. Registered by {@link WhalepodTest}.
 *
 * <p>All state lives in JUnit's {@link ExtensionContext.Store}: one Whalepod runtime in the root store for the whole
 * run, each started pod in the store of its class or test. JUnit closes the store when the scope ends, pass or fail,
 * which deletes the pods; this is what makes the extension safe under parallel execution. When a test or one of its
 * lifecycle methods throws, the logs of every pod visible to it are printed to {@code System.err} before the
 * exception is rethrown, while the pods still exist.
 */
public final class WhalepodExtension
    implements BeforeAllCallback, BeforeEachCallback, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

  static final Namespace NAMESPACE = Namespace.create(WhalepodExtension.class);

  /** Creates the extension; JUnit does so for {@link WhalepodTest}. */
  public WhalepodExtension() {}

  /** Starts the pods of the class's static {@link PodUnderTest} fields. */
  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    List<TestPod> pods = podsOf(testClass, null, ModifierSupport::isStatic);
    startAll(context, pods);
  }

  /** Starts the pods of the test instance's {@link PodUnderTest} fields. */
  @Override
  public void beforeEach(ExtensionContext context) {
    Object instance = context.getRequiredTestInstance();
    List<TestPod> pods = podsOf(instance.getClass(), instance, field -> !ModifierSupport.isStatic(field));
    startAll(context, pods);
  }

  /** Prints the pods' logs, then rethrows the test's failure. */
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    throw printLogs(context, throwable);
  }

  /** Prints the pods' logs, then rethrows the {@code @BeforeAll} failure. */
  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw printLogs(context, throwable);
  }

  /** Prints the pods' logs, then rethrows the {@code @BeforeEach} failure. */
  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw printLogs(context, throwable);
  }

  /** Prints the pods' logs, then rethrows the {@code @AfterEach} failure. */
  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw printLogs(context, throwable);
  }

  /** Prints the pods' logs, then rethrows the {@code @AfterAll} failure. */
  @Override
  public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw printLogs(context, throwable);
  }

  private static Throwable printLogs(ExtensionContext context, Throwable failure) {
    FailureLogs.print(ScopePods.visibleFrom(context), context.getDisplayName() + " failed: " + failure);
    return failure;
  }

  private static void startAll(ExtensionContext context, List<TestPod> pods) {
    if (!pods.isEmpty()) {
      new ScopeStarter(context).startAll(pods);
    }
  }

  private static List<TestPod> podsOf(Class<?> type, Object instance, Predicate<Field> scope) {
    return AnnotationSupport.findAnnotatedFields(type, PodUnderTest.class, scope, HierarchyTraversalMode.TOP_DOWN)
        .stream()
        .map(field -> valueOf(field, instance))
        .toList();
  }

  private static TestPod valueOf(Field field, Object instance) {
    String where = field.getDeclaringClass().getName() + "." + field.getName();
    if (field.getType() != TestPod.class) {
      throw new ExtensionConfigurationException("@PodUnderTest field " + where + " must be of type TestPod, is "
          + field.getType().getName());
    }
    Object value = ReflectionSupport.tryToReadFieldValue(field, instance)
        .getOrThrow(e -> new ExtensionConfigurationException("cannot read @PodUnderTest field " + where, e));
    if (value == null) {
      throw new ExtensionConfigurationException("@PodUnderTest field " + where + " is null: assign "
          + "TestPod.of(...) or TestPod.fromYaml(...)");
    }
    return (TestPod) value;
  }
}
