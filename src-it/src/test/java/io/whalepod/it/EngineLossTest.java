package io.whalepod.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodConditions;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.docker.internal.DockerClients;
import io.whalepod.model.Pod;
import io.whalepod.plan.BackOff;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * While the engine cannot be reached the phase is Unknown (docs/behaviour.md §5); once it answers again the status recovers and
 * the supervisor's event stream, reconnected, restarts members again.
 */
class EngineLossTest {

  @Test
  void unknownWhileTheEngineIsAwayThenRunningAndSupervisedAgain() throws Exception {
    try (EngineProxy proxy = EngineProxy.start();
        PodRuntime runtime = PodRuntime.builder().environment(Map.of("DOCKER_HOST", proxy.dockerHost()))
            .restartBackOff(new BackOff(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofMinutes(10)))
            .build()) {
      Pod spec = Pod.named("engine-loss").terminationGracePeriodSeconds(0)
          .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
              .command("sleep", "600"))
          .build();
      PodHandle pod = runtime.run(spec);
      pod.waitUntilReady(Duration.ofSeconds(30));

      // A waiter hears of the broken event stream itself: it re-reads and finds Unknown, without any event.
      CountDownLatch checkedOnce = new CountDownLatch(1);
      CompletableFuture<Pod> unknown = CompletableFuture.supplyAsync(() -> pod.waitFor(p -> {
        checkedOnce.countDown();
        return "Unknown".equals(p.status().phase());
      }, Duration.ofSeconds(20)));
      assertTrue(checkedOnce.await(10, TimeUnit.SECONDS), "the waiter looked at the pod");
      proxy.cut();
      Pod lost = unknown.get(20, TimeUnit.SECONDS);
      assertEquals("Unknown", lost.status().phase());
      assertFalse(PodConditions.hasCondition(lost, "Ready"), "not Ready while unknown");
      assertEquals("Unknown", pod.get().status().phase());

      // ...and of the stream opening again: the wait for Running ends without polling.
      CompletableFuture<Pod> back = CompletableFuture.supplyAsync(() ->
          pod.waitFor(p -> "Running".equals(p.status().phase()), Duration.ofSeconds(30)));
      proxy.resume();
      assertEquals("Running", back.get(30, TimeUnit.SECONDS).status().phase());
      // The supervisor's event stream reconnects and resyncs: a member killed now is restarted.
      String id = pod.status().containerStatuses().get(0).containerID().substring("docker://".length());
      try (DockerClients engine = DockerClients.fromEnvironment()) {
        engine.client().killContainerCmd(id).exec();
      }
      await().atMost(Duration.ofSeconds(30))
          .until(() -> pod.status().containerStatuses().get(0).restartCount() >= 1);
      pod.delete(Duration.ZERO);
    }
    assertEquals(0, Engine.leftoversOfPodNamed("engine-loss"));
  }
}
