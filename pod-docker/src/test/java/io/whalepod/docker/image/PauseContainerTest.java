package io.whalepod.docker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.exception.DockerClientException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pause container behaves as Kubernetes' does: it waits, stops cleanly and reaps orphans. */
class PauseContainerTest {
  /**
   * Orphans a {@code sleep} (its parent shell exits at once), then reports who adopted it and
   * whether it is still in the process table once it has ended: "gone" means PID 1 reaped it.
   */
  private static final String ORPHAN_PROBE =
      "pid=$(sh -c 'sleep 0.5 >/dev/null 2>&1 & echo $!'); "
          + "sleep 0.2; echo ppid=$(cut -d' ' -f4 /proc/$pid/stat); "
          + "sleep 1; "
          + "if [ -e /proc/$pid ]; then echo state=$(cut -d' ' -f3 /proc/$pid/stat); "
          + "else echo state=gone; fi";

  @RegisterExtension
  static final ImageTestEngine engine = new ImageTestEngine();
  private static String pauseImage;
  private static String busyboxImage;

  @BeforeAll
  static void images() {
    pauseImage = new PauseImage(engine.clients().images()).ensure();
    busyboxImage = new BusyboxImage(engine.clients().images()).ensure();
  }

  @Test
  void staysUpThenExitsZeroOnDockerStopWellWithinTheGracePeriod() {
    String pause = engine.containers().start(pauseImage, List.of(), host -> host);
    assertThrows(
        DockerClientException.class,
        () -> engine.containers().awaitExit(pause, Duration.ofMillis(500)),
        "pause exited on its own");

    long started = System.nanoTime();
    engine.clients().longCalls().stopContainerCmd(pause).withTimeout(10).exec();
    Duration stopTook = Duration.ofNanos(System.nanoTime() - started);

    assertTrue(stopTook.compareTo(Duration.ofSeconds(3)) < 0, "docker stop took " + stopTook);
    assertEquals(0L, exitCode(pause));
  }

  @Test
  void exitsZeroOnSigint() {
    String pause = engine.containers().start(pauseImage, List.of(), host -> host);

    engine.clients().client().killContainerCmd(pause).withSignal("SIGINT").exec();

    assertEquals(0, engine.containers().awaitExit(pause, Duration.ofSeconds(5)));
  }

  @Test
  void reapsOrphansWhenPid1OfASharedPidNamespace() {
    String pause = engine.containers().start(pauseImage, List.of(), host -> host);

    LabelledContainers.Finished probe = probeOrphansUnder(pause);

    assertEquals(0, probe.exitCode(), probe.output());
    assertTrue(probe.output().contains("ppid=1\n"), "pause did not adopt it: " + probe.output());
    assertTrue(probe.output().contains("state=gone\n"), "orphan not reaped: " + probe.output());
  }

  @Test
  void theProbeSeesAZombieUnderAPid1ThatDoesNotReap() {
    // Control for the test above: busybox sleep as PID 1 never calls wait().
    String sleeper = engine.containers().start(busyboxImage, List.of("sleep", "3600"), host -> host);

    LabelledContainers.Finished probe = probeOrphansUnder(sleeper);

    assertTrue(probe.output().contains("ppid=1\n"), probe.output());
    assertTrue(probe.output().contains("state=Z\n"), "expected a zombie: " + probe.output());
  }

  private LabelledContainers.Finished probeOrphansUnder(String pid1Container) {
    return engine.containers().run(
        busyboxImage,
        List.of("sh", "-c", ORPHAN_PROBE),
        host -> host.withPidMode("container:" + pid1Container));
  }

  private Long exitCode(String containerId) {
    return engine.clients().client().inspectContainerCmd(containerId).exec().getState().getExitCodeLong();
  }
}
