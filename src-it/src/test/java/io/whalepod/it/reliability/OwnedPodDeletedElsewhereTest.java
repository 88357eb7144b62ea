package io.whalepod.it.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whalepod.docker.PodHandle;
import io.whalepod.it.Cli;
import io.whalepod.it.Engine;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A pod owned by this JVM and deleted by another process (any process may manage any pod, docs/behaviour.md §2) must be gone
 * for good: the owner's supervisor sees its member die and must not recreate it.
 */
@Tag("reliability")
class OwnedPodDeletedElsewhereTest {
  private static final int TRIES = 3;

  @Test
  void anOwnedPodDeletedByAnotherProcessIsNotRecreatedByItsOwner() {
    try (RelPods pods = RelPods.prefixed("elsewhere")) {
      for (int i = 0; i < TRIES; i++) {
        PodHandle owned = Engine.RUNTIME.run(RelPods.sleeper(pods.name(i)));
        Cli.Result deleted = Cli.run("delete", "pod", owned.name(), "--grace-period=0");
        assertEquals(0, deleted.exitCode(), deleted.stderr());
        // The supervisor's first restart is immediate: what it may have created is removed, and nothing comes back.
        await().atMost(Duration.ofSeconds(15)).until(() -> pods.leftovers() == 0);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> pods.leftovers() == 0);
      }
    }
  }
}
