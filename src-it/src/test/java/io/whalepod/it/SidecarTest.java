package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodConditions;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import io.whalepod.model.Probe;
import io.whalepod.model.TcpSocketAction;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Native sidecars (init containers with restartPolicy Always), as Kubernetes 1.28+ runs them (issue 10). */
class SidecarTest {
  private static final PodRuntime RUNTIME = Engine.withFastRestarts();

  @AfterAll
  static void close() {
    RUNTIME.close();
  }

  @Test
  void theLogShipperStartsFirstShipsTheAppsLinesAndThePodSucceedsByTheAppAlone() {
    PodHandle pod = RUNTIME.apply(Engine.example("log-shipper-sidecar.yaml")).get(0);
    try {
      // The app records, as it starts, whether the shipper had already started and left its marker.
      String sawShipper = pod.exec("shipper", "sh", "-c",
          "while [ ! -f /var/log/app-saw-shipper ]; do sleep 0.1; done; cat /var/log/app-saw-shipper").stdout();
      assertEquals("/var/log/shipper-started\n", sawShipper, "the sidecar started before the app");
      ContainerStatus sidecar = pod.status().initContainerStatuses().get(0);
      assertTrue(sidecar.started() && sidecar.state().running() != null, "the sidecar runs beside the app");
      Pod done = pod.waitFor(PodConditions.phase("Succeeded"), Duration.ofSeconds(60));
      assertEquals("Completed", done.status().containerStatuses().get(0).state().terminated().reason());
      assertTrue(pod.logs("shipper").contains("line 3"), "the shipper read the app's log through the volume");
    } finally {
      pod.delete(Duration.ZERO);
    }
    assertEquals(0, Engine.leftovers(pod.uid()));
  }

  @Test
  void theAppStartsOnlyOnceTheSidecarsStartupProbePassed() {
    Pod spec = Pod.named("sidecar-startup").terminationGracePeriodSeconds(0)
        .sidecar(c -> c.name("server").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            // Listening 2 s late: without the startup probe, the app would start and find nobody.
            .command("sh", "-c", "sleep 2; mkdir /w; echo hi > /w/index.html; exec httpd -f -p 7070 -h /w")
            .startupProbe(Probe.of(TcpSocketAction.of(7070)).withPeriodSeconds(1).withFailureThreshold(30)))
        .container(c -> c.name("app").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", "wget -qO- http://127.0.0.1:7070/ > /tmp/saw 2>&1; exec sleep 600"))
        .build();
    try (PodHandle pod = RUNTIME.run(spec)) {
      String saw = pod.exec("app", "sh", "-c", "while [ ! -s /tmp/saw ]; do sleep 0.1; done; cat /tmp/saw").stdout();
      assertEquals("hi\n", saw, "the app's first request found the sidecar serving");
      assertTrue(pod.status().initContainerStatuses().get(0).started());
    }
  }

  @Test
  void aSidecarIsRestartedWheneverItExitsEvenUnderNever() {
    Pod spec = Pod.named("sidecar-restarts").restartPolicy("Never").terminationGracePeriodSeconds(0)
        .sidecar(c -> c.name("flaky").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", "sleep 0.3; exit 0"))
        .container(c -> c.name("app").image("whalepod/busybox").imagePullPolicy("IfNotPresent").command("sleep", "600"))
        .build();
    try (PodHandle pod = RUNTIME.run(spec)) {
      Pod seen = pod.waitFor(p -> p.status().initContainerStatuses().get(0).restartCount() >= 2,
          Duration.ofSeconds(30));
      assertEquals("Running", seen.status().phase());
    }
  }
}
