package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodConditions;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.ExecAction;
import io.whalepod.model.HttpGetAction;
import io.whalepod.model.Lifecycle;
import io.whalepod.model.LifecycleHandler;
import io.whalepod.model.Pod;
import io.whalepod.model.Probe;
import io.whalepod.model.TcpSocketAction;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Startup, liveness and readiness probes and postStart hooks of owned pods, run from this JVM (docs/behaviour.md §4). */
class ProbesTest {
  private static final int PERIOD = 1;

  private static Probe fast(io.whalepod.model.Handler handler) {
    return Probe.of(handler).withPeriodSeconds(PERIOD).withFailureThreshold(1);
  }

  private static ContainerStatus main(Pod pod) {
    return pod.status().containerStatuses().get(0);
  }

  @Test
  void anHttpGetReadinessProbeMakesThePodReadyOnlyOnceTheServerAnswers() {
    Pod spec = Pod.named("probe-http-ready").terminationGracePeriodSeconds(0)
        .container(c -> c.name("web").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            // The server comes up when the test says so: until then the pod runs but is not ready.
            .command("sh", "-c", Gate.closed() + "mkdir /www; echo ok > /www/index.html; exec httpd -f -p 8080 -h /www")
            .readinessProbe(fast(HttpGetAction.of("/index.html", 8080))))
        .build();
    try (PodHandle pod = Engine.RUNTIME.run(spec)) {
      Pod early = pod.get();
      assertEquals("Running", early.status().phase());
      assertFalse(main(early).ready(), "not ready before the probe passed");
      Gate.open(pod, "web");
      Pod ready = pod.waitUntilReady(Duration.ofSeconds(20));
      assertTrue(main(ready).ready());
    }
  }

  @Test
  void anExecReadinessProbeFollowsTheContainerBothWays() {
    Pod spec = Pod.named("probe-exec-ready").terminationGracePeriodSeconds(0)
        .container(c -> c.name("app").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600").readinessProbe(fast(ExecAction.of("test", "-f", "/tmp/ready"))))
        .build();
    try (PodHandle pod = Engine.RUNTIME.run(spec)) {
      pod.exec("app", "touch", "/tmp/ready");
      pod.waitUntilReady(Duration.ofSeconds(20));
      pod.exec("app", "rm", "/tmp/ready");
      Pod unready = pod.waitFor(p -> !main(p).ready(), Duration.ofSeconds(20));
      assertFalse(PodConditions.hasCondition(unready, "Ready"), "Ready turns False with the probe");
    }
  }

  @Test
  void aDetachedPodsExecReadinessProbeIsRunByDockerAsItsHealthcheck() {
    Pod spec = Pod.named("probe-detached-ready").terminationGracePeriodSeconds(0)
        .container(c -> c.name("app").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600").readinessProbe(fast(ExecAction.of("test", "-f", "/tmp/ready"))))
        .build();
    // No JVM outlives a detached pod to probe it: the engine runs the probe, and the status reads its verdict.
    try (PodRuntime detached = PodRuntime.builder().detached(true).build()) {
      PodHandle pod = detached.run(spec);
      try {
        assertFalse(main(pod.get()).ready(), "not ready before the probe passed");
        pod.exec("app", "touch", "/tmp/ready");
        assertTrue(main(pod.waitUntilReady(Duration.ofSeconds(20))).ready());
        pod.exec("app", "rm", "/tmp/ready");
        Pod unready = pod.waitFor(p -> !main(p).ready(), Duration.ofSeconds(20));
        assertFalse(PodConditions.hasCondition(unready, "Ready"), "Ready turns False with the probe");
      } finally {
        pod.delete(Duration.ZERO);
      }
    }
    assertEquals(0, Engine.leftoversOfPodNamed("probe-detached-ready"));
  }

  @Test
  void aFailingLivenessProbeRestartsTheContainer() {
    Pod spec = Pod.named("probe-liveness").restartPolicy("Always").terminationGracePeriodSeconds(0)
        .container(c -> c.name("app").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600").livenessProbe(fast(ExecAction.of("test", "-f", "/tmp/healthy"))))
        .build();
    try (PodHandle pod = Engine.RUNTIME.run(spec)) {
      // Every run is killed by its first probe, so a running state is only glimpsed: wait for the count.
      Pod restarted = pod.waitFor(p -> main(p).restartCount() >= 1, Duration.ofSeconds(30));
      assertNotNull(main(restarted).lastState().terminated(), "the killed run is kept as lastState");
    }
  }

  @Test
  void aStartupProbeHoldsStartedAndReadyUntilThePortListens() {
    Pod spec = Pod.named("probe-startup").terminationGracePeriodSeconds(0)
        .container(c -> c.name("app").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", Gate.closed() + "exec httpd -f -p 9090")
            .startupProbe(Probe.of(TcpSocketAction.of(9090)).withPeriodSeconds(PERIOD).withFailureThreshold(30)))
        .build();
    try (PodHandle pod = Engine.RUNTIME.run(spec)) {
      ContainerStatus early = main(pod.get());
      assertFalse(Boolean.TRUE.equals(early.started()), "not started before the startup probe passed");
      assertFalse(early.ready());
      Gate.open(pod, "app");
      Pod started = pod.waitUntilReady(Duration.ofSeconds(20));
      assertTrue(main(started).started());
    }
  }

  @Test
  void aPostStartHookRunsRightAfterTheStart() {
    Pod spec = Pod.named("hook-post-start").terminationGracePeriodSeconds(0)
        .container(c -> c.name("app").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600")
            .lifecycle(new Lifecycle(LifecycleHandler.of(ExecAction.of("sh", "-c", "echo hooked > /tmp/hook")), null)))
        .build();
    try (PodHandle pod = Engine.RUNTIME.run(spec)) {
      assertEquals("hooked\n", pod.exec("app", "cat", "/tmp/hook").stdout(), "the hook ran before run() returned");
    }
  }

  @Test
  void aFailingPostStartHookKillsTheContainerAndThePolicyRestartsIt() {
    Pod spec = Pod.named("hook-fails").restartPolicy("Always").terminationGracePeriodSeconds(0)
        .container(c -> c.name("app").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600").lifecycle(new Lifecycle(LifecycleHandler.of(ExecAction.of("false")), null)))
        .build();
    try (PodHandle pod = Engine.RUNTIME.run(spec)) {
      Pod restarted = pod.waitFor(p -> main(p).restartCount() >= 1, Duration.ofSeconds(30));
      assertEquals(137, main(restarted).lastState().terminated().exitCode());
    }
  }
}
