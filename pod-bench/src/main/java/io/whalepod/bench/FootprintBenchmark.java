package io.whalepod.bench;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * What an idle pod costs the JVM that owns it: heap after GC and live threads, with N pods held versus none. The
 * threads that appeared are listed by name, so a per-pod thread would show as N of one kind.
 */
final class FootprintBenchmark {
  private static final int STARTERS = 5;

  /** Heap and thread deltas for {@code pods} idle pods, and the new threads by name (digits folded). */
  record Result(int pods, long heapDeltaBytes, int threadDelta, Map<String, Long> newThreads) {
    double heapPerPodKiB() {
      return heapDeltaBytes / 1024.0 / pods;
    }
  }

  private final PodRuntime runtime;
  private final SeedPod seed;

  FootprintBenchmark(PodRuntime runtime, SeedPod seed) {
    this.runtime = runtime;
    this.seed = seed;
  }

  Result run(String prefix, int pods) throws Exception {
    long heapBefore = heapAfterGc();
    Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
    List<PodHandle> held = new ArrayList<>();
    ExecutorService starters = Executors.newFixedThreadPool(STARTERS);
    try {
      List<Callable<PodHandle>> ups = new ArrayList<>();
      for (int i = 0; i < pods; i++) {
        String name = prefix + "-fp" + i;
        ups.add(() -> runtime.run(seed.pod(name)));
      }
      for (var f : starters.invokeAll(ups)) {
        held.add(f.get());
      }
      starters.shutdown();
      starters.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS); // the harness's own threads go
      long heapHeld = heapAfterGc();
      List<Thread> added = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> !threadsBefore.contains(t)).toList();
      Map<String, Long> byName = added.stream()
          .collect(Collectors.groupingBy(t -> t.getName().replaceAll("\\d+", "N"), TreeMap::new, Collectors.counting()));
      return new Result(pods, heapHeld - heapBefore, added.size(), byName);
    } finally {
      starters.shutdownNow();
      held.forEach(h -> PeerBenchmark.quietly(() -> h.delete(Duration.ZERO)));
    }
  }

  private static long heapAfterGc() throws InterruptedException {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
