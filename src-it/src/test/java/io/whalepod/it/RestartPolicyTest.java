package io.whalepod.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodConditions;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.docker.internal.DockerClients;
import io.whalepod.docker.internal.Labels;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import io.whalepod.model.Volume;
import io.whalepod.plan.BackOff;
import io.whalepod.status.KubectlStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** restartPolicy as the kubelet applies it, with restartCount and lastState (docs/behaviour.md §4, §5). */
class RestartPolicyTest {
  private static final PodRuntime RUNTIME = Engine.withFastRestarts();

  @AfterAll
  static void close() {
    RUNTIME.close();
  }

  private static Pod pod(String name, String policy, String script) {
    return Pod.named(name).restartPolicy(policy).terminationGracePeriodSeconds(0)
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", script))
        .build();
  }

  private static ContainerStatus main(Pod pod) {
    return pod.status().containerStatuses().get(0);
  }

  @Test
  void betweenRestartsTheContainerWaitsInCrashLoopBackOffAsKubectlShowsIt() {
    // A back-off long enough to be seen: the first restart is at once, the second waits 30 s.
    try (PodRuntime slow = PodRuntime.builder()
        .restartBackOff(new BackOff(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(10))).build();
        PodHandle handle = slow.run(pod("crash-loop", "OnFailure", "exit 1"))) {
      // The immediate first restart passes through ContainerCreating; the back-off after it must read CrashLoopBackOff.
      Pod waiting = handle.waitFor(p -> main(p).state().waiting() != null
          && "CrashLoopBackOff".equals(main(p).state().waiting().reason()), Duration.ofSeconds(30));
      assertTrue(main(waiting).restartCount() >= 1);
      assertEquals(1, main(waiting).lastState().terminated().exitCode());
      assertEquals("CrashLoopBackOff", KubectlStatus.of(waiting));
      assertEquals("Running", waiting.status().phase());
    }
  }

  @Test
  void aKilledSandboxRebuildsThePodWithAFreshSharedNetwork() {
    Pod spec = Pod.named("sandbox-killed").terminationGracePeriodSeconds(0)
        .container(c -> c.name("web").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", "mkdir -p /w; echo served > /w/index.html; exec httpd -f -p 8080 -h /w"))
        .container(c -> c.name("client").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600"))
        .build();
    try (PodHandle handle = RUNTIME.run(spec)) {
      handle.waitUntilReady(Duration.ofSeconds(30));
      Engine.killSandbox(handle.uid());

      Pod rebuilt = handle.waitFor(p -> p.status().containerStatuses().stream()
          .allMatch(c -> c.restartCount() >= 1 && c.ready()), Duration.ofSeconds(30));
      assertEquals("Running", rebuilt.status().phase());
      // The new members share the new sandbox's network again: localhost reaches the web member.
      await().atMost(Duration.ofSeconds(10)).until(() ->
          handle.exec("client", "wget", "-qO-", "http://127.0.0.1:8080/").stdout().equals("served\n"));
    }
  }

  @Test
  void aRebuiltSandboxRunsTheInitContainersAgainBeforeTheApps() {
    Pod spec = Pod.named("sandbox-killed-init").terminationGracePeriodSeconds(0)
        .volume(Volume.emptyDir("state"))
        .initContainer(c -> c.name("setup").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", "echo ran >> /state/inits").mount("state", "/state"))
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            // The app records how many init runs it found when it started.
            .command("sh", "-c", "wc -l < /state/inits >> /state/seen-by-app; exec sleep 600").mount("state", "/state"))
        .build();
    try (PodHandle handle = RUNTIME.run(spec)) {
      handle.waitUntilReady(Duration.ofSeconds(30));
      Engine.killSandbox(handle.uid());

      Pod rebuilt = handle.waitFor(p -> main(p).restartCount() >= 1 && main(p).ready(), Duration.ofSeconds(30));
      ContainerStatus setup = rebuilt.status().initContainerStatuses().get(0);
      assertEquals("Completed", setup.state().terminated().reason());
      assertEquals(1, setup.restartCount());
      // Each start of the app found one more init run: the init container ran again, before the app.
      assertEquals("1\n2\n", handle.exec("main", "cat", "/state/seen-by-app").stdout());
    }
  }

  @Test
  void aSucceededPodWhoseSandboxDiesIsNotRunAgain() {
    try (PodHandle handle = RUNTIME.run(pod("finished-job", "OnFailure", "echo done"))) {
      handle.waitFor(PodConditions.phase("Succeeded"), Duration.ofSeconds(30));
      Engine.killSandbox(handle.uid());
      await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> {
        Pod now = handle.get();
        return main(now).restartCount() == 0 && main(now).state().terminated() != null;
      });
      assertEquals("done\n", handle.logs("main"));
    }
  }

  @Test
  void aFailingInitContainerIsRetriedUnderOnFailureThenTheAppsStart() {
    Pod spec = Pod.named("init-retry").restartPolicy("OnFailure").terminationGracePeriodSeconds(0)
        .volume(Volume.emptyDir("state"))
        // Fails once, then finds its own marker and succeeds: the retry must happen for the app to start.
        .initContainer(c -> c.name("setup").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", "if [ -f /state/tried ]; then exit 0; fi; touch /state/tried; exit 1")
            .mount("state", "/state"))
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600"))
        .build();
    try (PodHandle handle = RUNTIME.run(spec)) {
      Pod running = handle.waitUntilReady(Duration.ofSeconds(30));
      ContainerStatus setup = running.status().initContainerStatuses().get(0);
      assertEquals(1, setup.restartCount());
      assertEquals("Completed", setup.state().terminated().reason());
      assertEquals(1, setup.lastState().terminated().exitCode());
    }
  }

  @Test
  void deletingAPodWhoseInitContainerKeepsFailingLeavesNothing() {
    Pod spec = Pod.named("init-loop").restartPolicy("Always").terminationGracePeriodSeconds(0)
        .initContainer(c -> c.name("setup").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", "exit 1"))
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600"))
        .build();
    PodHandle handle = RUNTIME.run(spec);
    Pod looping = handle.waitFor(p -> p.status().initContainerStatuses().get(0).restartCount() >= 2,
        Duration.ofSeconds(30));
    assertEquals("Pending", looping.status().phase());
    handle.delete(Duration.ZERO);
    // Gone, and nothing comes back past the next retry the supervisor had scheduled.
    await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(10))
        .until(() -> Engine.leftovers(handle.uid()) == 0);
  }

  @Test
  void restartsUnderOnFailureFollowTheBackOffSchedule() {
    // Kubernetes' shape, scaled: the first restart at once, then 1 s, then 2 s.
    try (PodRuntime scaled = PodRuntime.builder()
        .restartBackOff(new BackOff(Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofMinutes(10))).build();
        PodHandle handle = scaled.run(pod("backoff-schedule", "OnFailure", "exit 1"))) {
      long[] gapMillis = new long[4];
      for (int restarts = 1; restarts <= 3; restarts++) {
        int count = restarts;
        handle.waitFor(p -> main(p).restartCount() >= count, Duration.ofSeconds(30));
        // Docker's own times, not when this test saw it: attempts n-1 and n both exist until n+1 is created.
        gapMillis[restarts] = gapBeforeAttempt(handle.uid(), restarts).toMillis();
      }
      assertTrue(gapMillis[2] >= 950, "the second restart waited " + gapMillis[2] + " ms, not the 1 s back-off");
      assertTrue(gapMillis[3] >= 1950, "the third restart waited " + gapMillis[3] + " ms, not the doubled 2 s");
    }
  }

  /** From the end of attempt {@code attempt - 1} of container "main" to the start of attempt {@code attempt}. */
  private static Duration gapBeforeAttempt(String uid, int attempt) {
    try (DockerClients engine = DockerClients.fromEnvironment()) {
      Map<Integer, String> idsByAttempt = new java.util.HashMap<>();
      engine.client().listContainersCmd().withShowAll(true)
          .withLabelFilter(Map.of(Labels.POD_UID, uid, Labels.CONTAINER_NAME, "main")).exec()
          .forEach(c -> idsByAttempt.put(Labels.attempt(c.getLabels()), c.getId()));
      var ended = engine.client().inspectContainerCmd(idsByAttempt.get(attempt - 1)).exec().getState();
      var started = engine.client().inspectContainerCmd(idsByAttempt.get(attempt)).exec().getState();
      return Duration.between(Instant.parse(ended.getFinishedAt()), Instant.parse(started.getStartedAt()));
    }
  }

  @Test
  void aFailingContainerUnderAlwaysIsRestartedWithCountAndLastState() {
    try (PodHandle handle = RUNTIME.run(pod("crashing", "Always", "sleep 0.2; exit 1"))) {
      Pod seen = handle.waitFor(p -> main(p).restartCount() >= 2, Duration.ofSeconds(30));
      assertEquals("Running", seen.status().phase());
      assertEquals(1, main(seen).lastState().terminated().exitCode());
      assertEquals("Error", main(seen).lastState().terminated().reason());
    }
  }

  @Test
  void aContainerExitingZeroUnderOnFailureIsNotRestarted() {
    try (PodHandle handle = RUNTIME.run(pod("done-once", "OnFailure", "sleep 0.2"))) {
      Pod done = handle.waitFor(PodConditions.phase("Succeeded"), Duration.ofSeconds(30));
      assertEquals(0, main(done).restartCount());
    }
  }

  @Test
  void aMemberKilledWithSigkillIsRestartedAndItsLastStateSaysSo() {
    try (PodHandle handle = RUNTIME.run(pod("killed", "Always", "sleep 600"))) {
      String id = main(handle.get()).containerID().substring("docker://".length());
      try (DockerClients clients = DockerClients.fromEnvironment()) {
        clients.client().killContainerCmd(id).withSignal("KILL").exec();
      }
      Pod seen = handle.waitFor(p -> main(p).restartCount() == 1 && main(p).state().running() != null,
          Duration.ofSeconds(30));
      assertEquals(137, main(seen).lastState().terminated().exitCode());
    }
  }

  @Test
  void aDetachedPodIsRestartedByDockersOwnPolicyWithoutAnyJvm() {
    String uid;
    try (PodRuntime detached = PodRuntime.builder().detached(true).build()) {
      uid = detached.run(pod("docker-restarts", "Always", "sleep 0.2; exit 1")).uid();
    }
    PodHandle handle = Engine.RUNTIME.find("default", "docker-restarts").orElseThrow();
    try {
      Pod seen = handle.waitFor(p -> main(p).restartCount() >= 2, Duration.ofSeconds(30));
      assertEquals("Running", seen.status().phase());
    } finally {
      handle.delete(Duration.ZERO);
    }
    assertEquals(0, Engine.leftovers(uid));
  }

  @Test
  void deletingAPodInBackOffLeavesNothing() {
    PodRuntime slow = PodRuntime.builder()
        .restartBackOff(new BackOff(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMinutes(10))).build();
    try (slow) {
      PodHandle handle = slow.run(pod("backing-off", "Always", "exit 1"));
      handle.waitFor(p -> main(p).restartCount() >= 1, Duration.ofSeconds(30));
      handle.delete(Duration.ZERO);
      // Past the back-off a restart that ignored the delete would create a container: none may come back.
      await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(10))
          .until(() -> Engine.leftovers(handle.uid()) == 0);
      try (DockerClients clients = DockerClients.fromEnvironment()) {
        assertTrue(clients.client().listContainersCmd().withShowAll(true)
            .withLabelFilter(Map.of(Labels.POD_NAME, "backing-off")).exec().isEmpty());
      }
    }
  }
}
