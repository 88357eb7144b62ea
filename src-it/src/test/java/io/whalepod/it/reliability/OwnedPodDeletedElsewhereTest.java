package io.whalepod.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whalepod.docker.PodHandle;
import io.whalepod.it.Cli;
import io.whalepod.it.Engine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A pod owned by this JVM and deleted by another process (any process may manage any pod, SPEC §2) must be gone
 * for good: the owner's supervisor sees its member die and must not recreate it.
 */
@Tag("reliability")
class OwnedPodDeletedElsewhereTest {
  private static final int TRIES = 3;

  @Test
  void anOwnedPodDeletedByAnotherProcessIsNotRecreatedByItsOwner() throws InterruptedException {
    try (RelPods pods = RelPods.prefixed("elsewhere")) {
      for (int i = 0; i < TRIES; i++) {
        PodHandle owned = Engine.RUNTIME.run(RelPods.sleeper(pods.name(i)));
        Cli.Result deleted = Cli.run("delete", "pod", owned.name(), "--grace-period=0");
        assertEquals(0, deleted.exitCode(), deleted.stderr());
        Thread.sleep(2000); // the supervisor's first restart is immediate; two seconds is long past it
        assertEquals(0, pods.leftovers(), "recreated after another process deleted it (try " + (i + 1) + ")");
      }
    }
  }
}
