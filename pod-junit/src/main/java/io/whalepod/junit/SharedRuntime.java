package io.whalepod.junit;

import io.whalepod.docker.PodRuntime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one {@link PodRuntime} of a test run, with the small pool that starts a scope's pods in parallel. It lives in
 * the root context's store, so JUnit closes it once, after every test class has finished.
 */
final class SharedRuntime implements AutoCloseable {
  // Starting a pod is mostly waiting on Docker; a few threads keep one scope's pods going side by side.
  private static final int STARTER_THREADS = 4;

  private final PodRuntime runtime;
  private final ExecutorService starters;

  private SharedRuntime(PodRuntime runtime) {
    this.runtime = runtime;
    this.starters = Executors.newFixedThreadPool(STARTER_THREADS, daemonThreads());
  }

  /** The run's runtime, created on first use; concurrent callers get the same one. */
  static SharedRuntime of(ExtensionContext context) {
    return context.getRoot().getStore(WhalepodExtension.NAMESPACE)
        .getOrComputeIfAbsent(SharedRuntime.class, key -> new SharedRuntime(PodRuntime.fromEnvironment()),
            SharedRuntime.class);
  }

  PodRuntime runtime() {
    return runtime;
  }

  ExecutorService starters() {
    return starters;
  }

  @Override
  public void close() {
    starters.shutdownNow();
    runtime.close();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "whalepod-junit-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
