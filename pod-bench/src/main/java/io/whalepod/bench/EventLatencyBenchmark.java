package io.whalepod.bench;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Event latency: a member is SIGKILLed (the kill request has returned: it is dying) until
 * {@link PodHandle#waitFor} reports it terminated. waitFor re-checks on the pod's Docker events, so this is the
 * event path end to end: Docker's die event, the re-read of the pod, the phase and state computation.
 */
final class EventLatencyBenchmark {
  private static final int MEMBERS_PER_POD = 4;
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final PodRuntime runtime;
  private final EngineApi engine;
  private final SeedPod seed;

  EventLatencyBenchmark(PodRuntime runtime, EngineApi engine, SeedPod seed) {
    this.runtime = runtime;
    this.engine = engine;
    this.seed = seed;
  }

  List<Duration> run(String prefix, int samples) throws InterruptedException {
    List<Duration> latencies = new ArrayList<>();
    for (int p = 0; latencies.size() < samples; p++) {
      try (PodHandle handle = runtime.run(pod(prefix + "-ev" + p))) {
        for (int m = 0; m < MEMBERS_PER_POD && latencies.size() < samples; m++) {
          latencies.add(once(handle, "s" + m));
        }
      }
    }
    return latencies;
  }

  private Duration once(PodHandle handle, String member) throws InterruptedException {
    CountDownLatch watching = new CountDownLatch(1);
    CompletableFuture<Long> reported = CompletableFuture.supplyAsync(() -> {
      handle.waitFor(pod -> {
        watching.countDown();
        return terminated(pod, member);
      }, WAIT);
      return System.nanoTime();
    });
    // waitFor has subscribed (to the runtime's open stream) before it first looks at the pod.
    if (!watching.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new BenchException("waitFor never looked at pod " + handle.name(), null);
    }
    String id = handle.status().containerStatuses().stream().filter(s -> s.name().equals(member)).findFirst()
        .orElseThrow().containerID().replaceFirst("^docker://", "");
    engine.kill(id);
    long killed = System.nanoTime();
    return Duration.ofNanos(reported.join() - killed);
  }

  private static boolean terminated(Pod pod, String member) {
    return pod.status() != null && pod.status().containerStatuses().stream()
        .filter(s -> s.name().equals(member)).map(ContainerStatus::state)
        .anyMatch(state -> state != null && state.terminated() != null);
  }

  /** Seed images, {@code restartPolicy: Never} so a killed member stays terminated; sleepers only. */
  private Pod pod(String name) {
    Pod.Builder builder = Pod.named(name).restartPolicy("Never").terminationGracePeriodSeconds(0);
    for (int m = 0; m < MEMBERS_PER_POD; m++) {
      String member = "s" + m;
      builder.container(c -> c.name(member).image(seed.busyboxImage()).command(SeedPod.command(SeedPod.SLEEP).toArray(String[]::new)));
    }
    return builder.build();
  }
}
