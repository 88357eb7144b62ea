package io.whalepod.it.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.it.Engine;
import io.whalepod.model.Pod;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The engine itself restarts (dockerd stopped, every container with it, then started again) while an owned and a
 * detached pod run: the owned pod is rebuilt by its JVM's supervisor, the detached one comes back by Docker's
 * restart policies alone. Prints the recovery time. Restarting dockerd stops every container on the machine, so
 * it runs only where the suite owns the engine: CI sets {@value #OPT_IN}=1 (see .ci/run).
 */
@Tag("reliability")
@EnabledIfEnvironmentVariable(named = EngineRestartTest.OPT_IN, matches = "1")
class EngineRestartTest {
  static final String OPT_IN = "WHALEPOD_TEST_RESTARTS_ENGINE";

  private static Pod sleeper(String name) {
    return Pod.named(name).terminationGracePeriodSeconds(0)
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600"))
        .build();
  }

  @Test
  void ownedPodsAreRebuiltAndDetachedPodsComeBackAfterTheEngineRestarts() throws Exception {
    try (PodRuntime owner = Engine.withFastRestarts(); PodRuntime detacher = PodRuntime.builder().detached(true).build();
        PodHandle owned = owner.run(sleeper("restart-owned")); PodHandle detached = detacher.run(sleeper("restart-detached"))) {
      owned.waitUntilReady(Duration.ofSeconds(30));
      detached.waitUntilReady(Duration.ofSeconds(30));

      long stopped = System.nanoTime();
      restartEngine();
      await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() ->
          owned.get().status().containerStatuses().get(0).ready() && detached.get().status().containerStatuses().get(0)
              .ready());
      System.out.printf("engine restart: both pods ready again %.1f s after dockerd was told to stop%n",
          (System.nanoTime() - stopped) / 1e9);

      Pod rebuilt = owned.get();
      assertEquals("Running", rebuilt.status().phase());
      // At least once: a rebuild may already start while the engine is stopping, and count.
      assertTrue(rebuilt.status().containerStatuses().get(0).restartCount() >= 1, "rebuilt as a new attempt");
      assertEquals(0, owned.exec("main", "true").exitCode());
      assertEquals("Running", detached.get().status().phase());
      assertEquals(0, detached.exec("main", "true").exitCode());
    }
    assertEquals(0, Engine.leftoversOfPodNamed("restart-owned"));
    assertEquals(0, Engine.leftoversOfPodNamed("restart-detached"));
  }

  /** Stops dockerd (its containers stop with it) and starts it again with the project's own script. */
  private static void restartEngine() throws IOException, InterruptedException {
    assertEquals(0, run("pkill", "-TERM", "-x", "dockerd"), "no local dockerd to restart");
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
        .until(() -> new ProcessBuilder("pgrep", "-x", "dockerd").start().waitFor() != 0);
    assertEquals(0, run("bash", Path.of("..", "scripts", "engine.sh").toString()), "the engine did not come back");
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
