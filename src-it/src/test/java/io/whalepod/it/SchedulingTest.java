package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whalepod.docker.PodHandle;
import io.whalepod.model.Pod;
import io.whalepod.model.PodCondition;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** nodeName and nodeSelector against the engine as the one node (docs/behaviour.md §3). */
class SchedulingTest {

  private static Pod.Builder sleeper(String name) {
    return Pod.named(name).terminationGracePeriodSeconds(0)
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent").command("sleep", "600"));
  }

  @Test
  void aPodThatFitsNoNodeStaysPendingUnschedulableAndNothingIsCreated() {
    try (PodHandle pod = Engine.RUNTIME.run(sleeper("unschedulable").nodeSelector("disktype", "ssd").build())) {
      Pod seen = pod.get();
      assertEquals("Pending", seen.status().phase());
      PodCondition scheduled = seen.status().conditions().get(0);
      assertEquals("PodScheduled/False/Unschedulable",
          scheduled.type() + "/" + scheduled.status() + "/" + scheduled.reason());
      assertEquals(0, Engine.leftoversOfPodNamed("unschedulable"));
    }
  }

  @Test
  void theEnginesOsAndArchLabelsSelectIt() {
    Pod spec = sleeper("schedulable").nodeSelector("kubernetes.io/os", "linux")
        .nodeSelector("kubernetes.io/arch", "aarch64".equals(System.getProperty("os.arch")) ? "arm64" : "amd64").build();
    try (PodHandle pod = Engine.RUNTIME.run(spec)) {
      assertEquals("Running", pod.waitUntilReady(Duration.ofSeconds(30)).status().phase());
    }
  }
}
