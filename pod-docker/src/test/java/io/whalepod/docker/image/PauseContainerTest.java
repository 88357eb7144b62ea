package io.whalepod.docker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.exception.DockerClientException;
import io.whalepod.docker.internal.DockerClients;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

  private static DockerClients clients;
  private static String pauseImage;
  private static String busyboxImage;
  private LabelledContainers containers;

  @BeforeAll
  static void images() {
    clients = DockerClients.fromEnvironment();
    pauseImage = new PauseImage(clients).ensure();
    busyboxImage = new BusyboxImage(clients).ensure();
  }

  @AfterAll
  static void disconnect() {
    clients.close();
  }

  @BeforeEach
  void containers() {
    containers = new LabelledContainers(clients);
  }

  @AfterEach
  void removeContainers() {
    containers.close();
  }

  @Test
  void staysUpThenExitsZeroOnDockerStopWellWithinTheGracePeriod() {
    String pause = containers.start(pauseImage, List.of(), host -> host);
    assertThrows(
        DockerClientException.class,
        () -> containers.awaitExit(pause, Duration.ofMillis(500)),
        "pause exited on its own");

    long started = System.nanoTime();
    clients.longCalls().stopContainerCmd(pause).withTimeout(10).exec();
    Duration stopTook = Duration.ofNanos(System.nanoTime() - started);

    assertTrue(stopTook.compareTo(Duration.ofSeconds(3)) < 0, "docker stop took " + stopTook);
    assertEquals(0L, exitCode(pause));
  }

  @Test
  void exitsZeroOnSigint() {
    String pause = containers.start(pauseImage, List.of(), host -> host);

    clients.client().killContainerCmd(pause).withSignal("SIGINT").exec();

    assertEquals(0, containers.awaitExit(pause, Duration.ofSeconds(5)));
  }

  @Test
  void reapsOrphansWhenPid1OfASharedPidNamespace() {
    String pause = containers.start(pauseImage, List.of(), host -> host);

    LabelledContainers.Finished probe = probeOrphansUnder(pause);

    assertEquals(0, probe.exitCode(), probe.output());
    assertTrue(probe.output().contains("ppid=1\n"), "pause did not adopt it: " + probe.output());
    assertTrue(probe.output().contains("state=gone\n"), "orphan not reaped: " + probe.output());
  }

  @Test
  void theProbeSeesAZombieUnderAPid1ThatDoesNotReap() {
    // Control for the test above: busybox sleep as PID 1 never calls wait().
    String sleeper = containers.start(busyboxImage, List.of("sleep", "3600"), host -> host);

    LabelledContainers.Finished probe = probeOrphansUnder(sleeper);

    assertTrue(probe.output().contains("ppid=1\n"), probe.output());
    assertTrue(probe.output().contains("state=Z\n"), "expected a zombie: " + probe.output());
  }

  private LabelledContainers.Finished probeOrphansUnder(String pid1Container) {
    return containers.run(
        busyboxImage,
        List.of("sh", "-c", ORPHAN_PROBE),
        host -> host.withPidMode("container:" + pid1Container));
  }

  private Long exitCode(String containerId) {
    return clients.client().inspectContainerCmd(containerId).exec().getState().getExitCodeLong();
  }
}
