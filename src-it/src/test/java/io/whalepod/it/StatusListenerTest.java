package io.whalepod.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodChanges;
import io.whalepod.docker.PodHandle;
import io.whalepod.model.Pod;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** PodHandle.onStatusChange: a listener hears each change of phase and container state from Docker's events. */
class StatusListenerTest {

  @Test
  void theListenerHearsTheExitOfAMemberAndNothingAfterItIsClosed() {
    Pod pod = Pod.named("status-listener").restartPolicy("Never").terminationGracePeriodSeconds(0)
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", "sleep 2; exit 2"))
        .container(c -> c.name("stays").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600"))
        .build();
    List<String> heard = new CopyOnWriteArrayList<>();
    try (PodHandle handle = Engine.RUNTIME.run(pod)) {
      try (PodChanges changes = handle.onStatusChange(p -> heard.add(p.status().phase() + " "
          + p.status().containerStatuses().get(0).state().terminated()))) {
        assertTrue(heard.isEmpty(), "no call for the state at subscription: " + heard);
        await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());
      }
      assertTrue(heard.get(0).startsWith("Running ContainerStateTerminated[exitCode=2,"), heard.toString());
      int count = heard.size();
      handle.delete(Duration.ZERO);
      assertEquals(count, heard.size(), "a closed subscription is silent");
    }
  }
}
