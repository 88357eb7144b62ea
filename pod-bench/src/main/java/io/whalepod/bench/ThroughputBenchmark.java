package io.whalepod.bench;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** N seed pods requested at once from N threads: all up, then all down; errors and leftovers counted. */
final class ThroughputBenchmark {
  /** What happened: wall times, errors, and what the engine still had afterwards. */
  record Result(int pods, Duration up, Duration down, List<String> errors, List<EngineApi.Leftover> leftovers) {
    double upPerSecond() {
      return pods / (up.toNanos() / 1e9);
    }

    double downPerSecond() {
      return pods / (down.toNanos() / 1e9);
    }
  }

  private final PodRuntime runtime;
  private final EngineApi engine;
  private final SeedPod seed;

  ThroughputBenchmark(PodRuntime runtime, EngineApi engine, SeedPod seed) {
    this.runtime = runtime;
    this.engine = engine;
    this.seed = seed;
  }

  Result run(String prefix, int pods) {
    List<String> errors = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(pods);
    List<PodHandle> handles = new ArrayList<>();
    try {
      long start = System.nanoTime();
      List<Callable<PodHandle>> ups = new ArrayList<>();
      for (int i = 0; i < pods; i++) {
        String name = prefix + "-tp" + i;
        ups.add(() -> runtime.run(seed.pod(name)));
      }
      for (Future<PodHandle> f : threads.invokeAll(ups)) {
        collect(f, errors).ifPresent(handles::add);
      }
      Duration up = Duration.ofNanos(System.nanoTime() - start);
      long downStart = System.nanoTime();
      List<Callable<PodHandle>> downs = handles.stream().<Callable<PodHandle>>map(h -> () -> {
        h.delete(Duration.ZERO);
        return h;
      }).toList();
      for (Future<PodHandle> f : threads.invokeAll(downs)) {
        collect(f, errors);
      }
      Duration down = Duration.ofNanos(System.nanoTime() - downStart);
      return new Result(pods, up, down, errors, engine.leftovers(prefix + "-tp"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted", e);
    } finally {
      handles.forEach(h -> PeerBenchmark.quietly(() -> h.delete(Duration.ZERO)));
      threads.shutdownNow();
    }
  }

  private static java.util.Optional<PodHandle> collect(Future<PodHandle> future, List<String> errors)
      throws InterruptedException {
    try {
      return java.util.Optional.of(future.get());
    } catch (ExecutionException e) {
      errors.add(String.valueOf(e.getCause()));
      return java.util.Optional.empty();
    }
  }
}
