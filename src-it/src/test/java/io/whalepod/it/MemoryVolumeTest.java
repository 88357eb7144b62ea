package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.Pod;
import io.whalepod.model.Volume;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An emptyDir lives as long as its pod (docs/behaviour.md §3), in memory too: Docker unmounts a tmpfs volume when
 * the last container using it stops, so a pod's only user restarting would find it empty, were the sandbox not
 * holding it.
 */
class MemoryVolumeTest {

  @ParameterizedTest(name = "detached: {0}")
  @ValueSource(booleans = {false, true})
  void aFileInAMemoryEmptyDirGrowsAcrossRestarts(boolean detached) {
    Pod pod = Pod.named("memory-counter-" + (detached ? "detached" : "owned"))
        .volume(Volume.memory("counter"))
        .container(c -> c.name("counter").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .mount("counter", "/counter")
            .command("sh", "-c", "echo run >> /counter/runs; echo \"runs=$(wc -l < /counter/runs)\"; exit 1"))
        .build();
    try (PodRuntime runtime = detached ? PodRuntime.builder().detached(true).build() : Engine.withFastRestarts()) {
      PodHandle handle = runtime.run(pod);
      try {
        // Owned pods restart as a new container (its log is one run); Docker restarts a detached one in place (its
        // log holds every run). Either way a fourth run counts four lines only if no restart emptied the file.
        Awaitility.await("a fourth run that finds the first three runs' lines").atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
            .until(() -> handle.logs("counter").lines().anyMatch("runs=4"::equals));
      } finally {
        handle.delete(Duration.ZERO);
      }
      assertEquals(0, Engine.leftovers(handle.uid()));
    }
  }

  @Test
  void aRebuiltSandboxKeepsTheContentOfAMemoryEmptyDir() {
    Pod pod = Pod.named("memory-rebuilt").terminationGracePeriodSeconds(0)
        .volume(Volume.memory("counter"))
        .container(c -> c.name("counter").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .mount("counter", "/counter")
            .command("sh", "-c", "echo run >> /counter/runs; echo \"runs=$(wc -l < /counter/runs)\"; exec sleep 600"))
        .build();
    try (PodHandle handle = Engine.RUNTIME.run(pod)) {
      handle.waitUntilReady(Duration.ofSeconds(30));
      Engine.killSandbox(handle.uid());
      handle.waitFor(p -> p.status().containerStatuses().get(0).restartCount() >= 1
          && p.status().containerStatuses().get(0).ready(), Duration.ofSeconds(30));
      assertEquals("runs=2\n", handle.logs("counter"), "the rebuilt member found the first run's line");
    }
  }
}
