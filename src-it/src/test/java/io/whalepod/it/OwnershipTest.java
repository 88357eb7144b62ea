package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.docker.internal.DockerClients;
import io.whalepod.model.Pod;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Owned pods go with their owner, however it ends; detached pods outlive every JVM (docs/behaviour.md §4). */
class OwnershipTest {

  @Test
  void ownedPodsAreRemovedWhenTheirRuntimeClosesAndOtherRuntimesKeepTheirs() {
    PodHandle kept = Engine.RUNTIME.run(OwnedPodHolder.sleeper("kept-by-other-runtime"));
    String uid;
    try (PodRuntime runtime = PodRuntime.fromEnvironment()) {
      uid = runtime.run(OwnedPodHolder.sleeper("owned-by-closing-runtime")).uid();
    }
    assertEquals(0, Engine.leftovers(uid));
    assertTrue(Engine.leftovers(kept.uid()) > 0, "closing one runtime removed another runtime's pod");
    kept.close();
  }

  @Test
  void detachedPodsOutliveTheirRuntime() {
    String uid;
    try (PodRuntime runtime = PodRuntime.builder().detached(true).build()) {
      uid = runtime.run(OwnedPodHolder.sleeper("detached-survivor")).uid();
    }
    PodHandle survivor = Engine.RUNTIME.find("default", "detached-survivor").orElseThrow();
    assertEquals(uid, survivor.uid());
    survivor.close();
    assertEquals(0, Engine.leftovers(uid));
  }

  @Test
  void podsOfAKilledJvmAreReapedByTheNextRuntimeAndDetachedOnesAreLeftAlone() throws Exception {
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), OwnedPodHolder.class.getName(), "killed-jvm")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Map<String, String> uids = new HashMap<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      for (int i = 0; i < 2; i++) {
        String[] line = out.readLine().split(" ");
        uids.put(line[0], line[1]);
      }
      holder.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
    }
    assertTrue(Engine.leftovers(uids.get("OWNED")) > 0, "nothing reaped before the next runtime starts");
    try (PodRuntime next = PodRuntime.fromEnvironment()) {
      assertEquals(0, Engine.leftovers(uids.get("OWNED")), "the killed JVM's owned pod was not reaped");
      assertTrue(Engine.leftovers(uids.get("DETACHED")) > 0, "a detached pod was reaped");
    }
    // With no JVM left, the detached pod's restart policy still works (Docker's own, on its member).
    PodHandle detached = Engine.RUNTIME.find("default", "killed-jvm-detached").orElseThrow();
    String member = detached.status().containerStatuses().get(0).containerID().substring("docker://".length());
    try (DockerClients engine = DockerClients.fromEnvironment()) {
      // A crash, not `docker kill`: Docker does not restart a container stopped through its API.
      Long pid = engine.client().inspectContainerCmd(member).exec().getState().getPidLong();
      assertEquals(0, new ProcessBuilder("kill", "-9", String.valueOf(pid)).start().waitFor());
    }
    Pod restarted = detached.waitFor(p -> p.status().containerStatuses().get(0).restartCount() >= 1
        && p.status().containerStatuses().get(0).state().running() != null, Duration.ofSeconds(30));
    assertEquals("Running", restarted.status().phase());
    detached.close();
    assertEquals(0, Engine.leftovers(uids.get("DETACHED")));
  }
}
