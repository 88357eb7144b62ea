package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.ImageNotFoundException;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodStartException;
import io.whalepod.model.Pod;
import io.whalepod.model.Volume;
import io.whalepod.validation.PodValidationException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A pod that cannot be created leaves nothing behind and says which container failed and why (issue 4, §7). */
class FailedCreationTest {

  @Test
  void aMissingImageForTheSecondMemberCreatesNothingAndNamesTheContainer() {
    Pod pod = Pod.named("missing-image")
        .volume(Volume.emptyDir("data"))
        .container(c -> c.name("first").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "60").mount("data", "/data"))
        .container(c -> c.name("second").image("whalepod/no-such-image:1").imagePullPolicy("Never"))
        .build();
    ImageNotFoundException e = assertThrows(ImageNotFoundException.class, () -> Engine.RUNTIME.run(pod));
    assertEquals("second", e.container());
    assertEquals("ErrImageNeverPull", e.reason());
    assertTrue(e.getMessage().contains("whalepod/no-such-image:1"), e.getMessage());
    assertEquals(0, Engine.leftoversOfPodNamed("missing-image"));
  }

  @Test
  void aHostPortAlreadyTakenRollsBackEverythingAlreadyCreated() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
      int port = taken.getLocalPort();
      Pod pod = Pod.named("port-taken")
          .volume(Volume.emptyDir("data"))
          .container(c -> c.name("web").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
              .command("httpd", "-f", "-p", "8080").hostPort(8080, port).mount("data", "/data"))
          .build();
      PodStartException e = assertThrows(PodStartException.class, () -> Engine.RUNTIME.run(pod));
      assertTrue(e.getMessage().contains(Integer.toString(port)), e.getMessage());
      assertEquals(0, Engine.leftoversOfPodNamed("port-taken"));
    }
  }

  @Test
  void anInvalidPodReportsEveryProblemAndCreatesNothing() {
    Pod pod = Pod.named("Bad_Name")
        .container(c -> c.name("a").image(""))
        .container(c -> c.name("b").image("whalepod/busybox").mount("undeclared", "/data"))
        .build();
    PodValidationException e = assertThrows(PodValidationException.class, () -> Engine.RUNTIME.run(pod));
    assertEquals(3, e.errors().size(), e.getMessage());
    assertEquals(0, Engine.leftoversOfPodNamed("Bad_Name"));
  }

  @Test
  void aHostPathOfTheWrongTypeIsRefusedBeforeAnythingIsCreated() {
    Pod pod = Pod.named("wrong-host-path")
        .volume(Volume.hostPath("host", "/etc/hostname", "Directory"))
        .container(c -> c.name("a").image("whalepod/busybox").imagePullPolicy("IfNotPresent").mount("host", "/host"))
        .build();
    PodStartException e = assertThrows(PodStartException.class, () -> Engine.RUNTIME.run(pod));
    assertTrue(e.getMessage().contains("/etc/hostname is not a directory"), e.getMessage());
    assertEquals(0, Engine.leftoversOfPodNamed("wrong-host-path"));
  }

  @Test
  void deletingTwiceIsFine() {
    PodHandle pod = Engine.RUNTIME.run(Pod.named("twice")
        .container(c -> c.name("a").image("whalepod/busybox").imagePullPolicy("IfNotPresent").command("sleep", "60"))
        .build());
    pod.delete(Duration.ZERO);
    assertDoesNotThrow(() -> pod.delete(Duration.ZERO));
    assertEquals(0, Engine.leftovers(pod.uid()));
  }

  @Test
  void deleteGivesMembersTheirGracePeriodToExitOnSigterm() {
    PodHandle pod = Engine.RUNTIME.run(Pod.named("graceful")
        .container(c -> c.name("a").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.1; done"))
        .build());
    long started = System.nanoTime();
    pod.delete(Duration.ofSeconds(20));
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(tookMillis < 10_000, "a member that exits on SIGTERM is not held for the full grace: " + tookMillis);
    assertEquals(0, Engine.leftovers(pod.uid()));
  }
}
