package io.whalepod.junit;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.Pod;
import io.whalepod.yaml.Manifest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the pods of one scope (a class's static fields or a test's instance fields) in parallel and waits for
 * each one's start condition. Every pod is put into the scope's store as soon as it exists, so JUnit deletes it
 * even when a sibling or its own start condition fails.
 */
final class ScopeStarter {
  private final ExtensionContext context;
  private final SharedRuntime shared;
  private final ScopePods scope;
  private final ClassLoader loader;

  ScopeStarter(ExtensionContext context) {
    this.context = context;
    this.shared = SharedRuntime.of(context);
    this.scope = ScopePods.of(context);
    this.loader = context.getRequiredTestClass().getClassLoader();
  }

  /** Starts every pod; throws the first failure with the others suppressed, once all have settled. */
  void startAll(List<TestPod> pods) {
    List<CompletableFuture<Void>> starts = pods.stream()
        .map(pod -> CompletableFuture.runAsync(() -> start(pod), shared.starters()))
        .toList();
    RuntimeException failure = null;
    for (CompletableFuture<Void> start : starts) {
      try {
        start.join();
      } catch (CompletionException e) {
        RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : e;
        if (failure == null) {
          failure = cause;
        } else {
          failure.addSuppressed(cause);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void start(TestPod testPod) {
    Manifest manifest = testPod.source().load(loader);
    Pod pod = manifest.pods().get(0);
    PodRuntime runtime = shared.runtime();
    PodHandle handle = runtime.run(pod, manifest);
    StartedPod started = new StartedPod(testPod, handle);
    context.getStore(WhalepodExtension.NAMESPACE).put(started.key(), started);
    testPod.bind(handle);
    scope.add(testPod);
    try {
      handle.waitFor(testPod.condition(), testPod.timeout());
    } catch (RuntimeException e) {
      FailureLogs.print(List.of(testPod), "pod " + handle.name() + " did not start: " + e.getMessage());
      throw e;
    }
  }
}
