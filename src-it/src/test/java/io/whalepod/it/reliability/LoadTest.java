package io.whalepod.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whalepod.docker.PodHandle;
import io.whalepod.it.Cli;
import io.whalepod.it.Engine;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many pods at once (docs/behaviour.md §7): 50 pods created and deleted from 8 threads, round after round, through the Java API
 * and through parallel command-line processes. Every pod runs, nothing errs or hangs, nothing is left; the rate is
 * printed for docs/reliability.md.
 */
@Tag("reliability")
class LoadTest {
  private static final int PODS = 50;
  private static final int THREADS = 8;
  private static final int ROUNDS = 2;
  /** A deadlock guard, not a speed requirement. */
  private static final Duration ROUND_LIMIT = Duration.ofMinutes(3);

  @Test
  void fiftyPodsFromEightThreadsRunAndLeaveNothingRoundAfterRound() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try (RelPods pods = RelPods.prefixed("load")) {
      for (int round = 0; round < ROUNDS; round++) {
        String roundPrefix = pods.name(round);
        long started = System.nanoTime();
        List<PodHandle> handles = all(threads, IntStream.range(0, PODS)
            .mapToObj(i -> (Callable<PodHandle>) () -> Engine.RUNTIME.run(RelPods.sleeper(roundPrefix + "-" + i)))
            .toList());
        double created = rate(started);
        for (PodHandle handle : handles) {
          assertRunning(handle.get());
        }
        long deleting = System.nanoTime();
        all(threads, handles.stream().map(h -> (Callable<Void>) () -> {
          h.delete(Duration.ZERO);
          return null;
        }).toList());
        System.out.printf("load (Java API, %d threads), round %d: %d pods created and running at %.1f pods/s, "
            + "deleted at %.1f pods/s%n", THREADS, round + 1, PODS, created, rate(deleting));
        assertEquals(0, pods.leftovers(), "containers or volumes left after round " + (round + 1));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** 8 processes, each applying then deleting its own manifest of several pods, all at the same time. */
  @Test
  void eightCommandLineProcessesApplyAndDeleteAtOnce() throws Exception {
    int perProcess = 2;
    ExecutorService processes = Executors.newFixedThreadPool(THREADS);
    List<Path> manifests = new ArrayList<>();
    try (RelPods pods = RelPods.prefixed("cli-load")) {
      for (int p = 0; p < THREADS; p++) {
        String process = pods.name(p);
        manifests.add(RelPods.manifest(IntStream.range(0, perProcess)
            .mapToObj(i -> RelPods.sleeperYaml(process + "-" + i, "default")).collect(Collectors.joining("---\n"))));
      }
      long started = System.nanoTime();
      List<Cli.Result> applied = all(processes, manifests.stream()
          .map(m -> (Callable<Cli.Result>) () -> Cli.run("apply", "-f", m.toString())).toList());
      double created = rate(started, THREADS * perProcess);
      applied.forEach(r -> assertEquals(0, r.exitCode(), r.stderr()));
      applied.forEach(r -> assertEquals(perProcess, r.stdout().lines().filter(l -> l.endsWith(" created")).count()));
      for (int p = 0; p < THREADS; p++) {
        for (int i = 0; i < perProcess; i++) {
          assertRunning(Engine.RUNTIME.find("default", pods.name(p) + "-" + i).orElseThrow().get());
        }
      }
      long deleting = System.nanoTime();
      List<Cli.Result> deleted = all(processes, manifests.stream()
          .map(m -> (Callable<Cli.Result>) () -> Cli.run("delete", "-f", m.toString())).toList());
      deleted.forEach(r -> assertEquals(0, r.exitCode(), r.stderr()));
      System.out.printf("load (command line, %d processes): %d pods applied at %.1f pods/s, deleted at %.1f pods/s "
          + "(each process a new JVM)%n", THREADS, THREADS * perProcess, created,
          rate(deleting, THREADS * perProcess));
      assertEquals(0, pods.leftovers());
    } finally {
      processes.shutdownNow();
      for (Path m : manifests) {
        Files.deleteIfExists(m);
      }
    }
  }

  private static void assertRunning(Pod pod) {
    assertEquals("Running", pod.status().phase(), pod.name());
    for (ContainerStatus container : pod.status().containerStatuses()) {
      assertEquals(0, container.restartCount(), pod.name());
      assertEquals(true, container.state().running() != null, pod.name() + ": " + container.state());
    }
  }

  /** Runs every task on the pool and returns their results in order; any failure or a hang fails the test. */
  private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks)
      throws InterruptedException, ExecutionException, TimeoutException {
    List<Future<T>> futures = tasks.stream().map(pool::submit).toList();
    long deadline = System.nanoTime() + ROUND_LIMIT.toNanos();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
    }
    return results;
  }

  private static double rate(long startedNanos) {
    return rate(startedNanos, PODS);
  }

  private static double rate(long startedNanos, int pods) {
    return pods / ((System.nanoTime() - startedNanos) / 1e9);
  }

}
