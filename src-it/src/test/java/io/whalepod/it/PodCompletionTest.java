package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodConditions;
import io.whalepod.docker.PodFailedException;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodTimeoutException;
import io.whalepod.model.ContainerStateTerminated;
import io.whalepod.model.Pod;
import io.whalepod.status.KubectlStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phases follow Docker's events: a pod that finishes is seen finished, with the kubelet's reasons. */
class PodCompletionTest {

  private static Pod exiting(String name, String script) {
    return Pod.named(name).restartPolicy("Never").terminationGracePeriodSeconds(0)
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", script))
        .build();
  }

  @Test
  void allContainersExitingZeroUnderNeverIsSucceeded() {
    try (PodHandle pod = Engine.RUNTIME.run(exiting("succeeds", "sleep 1"))) {
      Pod done = pod.waitFor(PodConditions.phase("Succeeded"), Duration.ofSeconds(30));
      ContainerStateTerminated terminated = done.status().containerStatuses().get(0).state().terminated();
      assertEquals("Completed", terminated.reason());
      assertEquals("Completed", KubectlStatus.of(done));
    }
  }

  @Test
  void aContainerFailingUnderNeverIsFailedWithItsExitCode() {
    try (PodHandle pod = Engine.RUNTIME.run(exiting("fails", "exit 3"))) {
      Pod done = pod.waitFor(PodConditions::isFinished, Duration.ofSeconds(30));
      assertEquals("Failed", done.status().phase());
      ContainerStateTerminated terminated = done.status().containerStatuses().get(0).state().terminated();
      assertEquals(3, terminated.exitCode());
      assertEquals("Error", terminated.reason());
    }
  }

  @Test
  void aFailingInitContainerUnderNeverFailsThePodAndTheAppNeverStarts() {
    Pod pod = Pod.named("init-fails").restartPolicy("Never").terminationGracePeriodSeconds(0)
        .initContainer(c -> c.name("setup").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("false"))
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600"))
        .build();
    try (PodHandle handle = Engine.RUNTIME.run(pod)) {
      Pod done = handle.waitFor(PodConditions::isFinished, Duration.ofSeconds(30));
      assertEquals("Failed", done.status().phase());
      assertEquals("Init:Error", KubectlStatus.of(done));
      assertNotNull(done.status().containerStatuses().get(0).state().waiting());
    }
  }

  @Test
  void waitingForReadinessOfAPodThatFailedEndsAtOnceWithTheContainersLastLines() {
    try (PodHandle pod = Engine.RUNTIME.run(exiting("fails-early", "echo cannot open /etc/app.conf >&2; exit 4"))) {
      PodFailedException e = assertThrows(PodFailedException.class, () -> pod.waitUntilReady(Duration.ofMinutes(5)));
      assertEquals("Failed", e.phase());
      assertEquals("main", e.container());
      assertEquals(List.of("cannot open /etc/app.conf"), e.lastLogLines());
      assertTrue(e.getMessage().contains("exited 4 (Error)"), e.getMessage());
    }
  }

  @Test
  void waitingForAConditionThatNeverComesTimesOut() {
    try (PodHandle pod = Engine.RUNTIME.run(exiting("never-finishes", "sleep 600"))) {
      assertThrows(PodTimeoutException.class,
          () -> pod.waitFor(PodConditions.phase("Succeeded"), Duration.ofMillis(500)));
    }
  }
}
