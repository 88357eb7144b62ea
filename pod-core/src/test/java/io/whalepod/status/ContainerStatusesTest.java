package io.whalepod.status;

import static io.whalepod.status.Fixtures.FINISHED;
import static io.whalepod.status.Fixtures.NOW;
import static io.whalepod.status.Fixtures.STARTED;
import static io.whalepod.status.Fixtures.crashLooping;
import static io.whalepod.status.Fixtures.created;
import static io.whalepod.status.Fixtures.describe;
import static io.whalepod.status.Fixtures.exited;
import static io.whalepod.status.Fixtures.observed;
import static io.whalepod.status.Fixtures.oomKilled;
import static io.whalepod.status.Fixtures.pod;
import static io.whalepod.status.Fixtures.restarted;
import static io.whalepod.status.Fixtures.running;
import static io.whalepod.status.Fixtures.runningNotReady;
import static io.whalepod.status.Fixtures.runningNotStarted;
import static io.whalepod.status.Fixtures.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import io.whalepod.model.PodStatus;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContainerStatusesTest {

  private static final Pod ONE = pod("Always", "a");
  private static final Pod INIT = pod("Always", "init:setup", "init:migrate", "a");
  private static final Pod SIDECAR = pod("Always", "sidecar:log", "a");

  static Stream<Arguments> states() {
    return Stream.of(
        row("an app container not created yet waits with ContainerCreating", ONE, observed(ONE), "a",
            "waiting:ContainerCreating", "none", false, false),
        row("a created but not started app container waits with ContainerCreating", ONE,
            observed(ONE, created("a")), "a", "waiting:ContainerCreating", "none", false, false),
        row("an app container waits with PodInitializing while init containers run", INIT,
            observed(INIT, running("setup")), "a", "waiting:PodInitializing", "none", false, false),
        row("an init container not started yet waits with PodInitializing", INIT,
            observed(INIT, running("setup")), "migrate", "waiting:PodInitializing", "none", false, false),
        row("an app container waits with ContainerCreating once init containers completed", INIT,
            observed(INIT, exited("setup", 0), exited("migrate", 0)), "a", "waiting:ContainerCreating", "none",
            false, false),
        row("an app container waits with ContainerCreating once the sidecar started", SIDECAR,
            observed(SIDECAR, running("log")), "a", "waiting:ContainerCreating", "none", false, false),
        row("an app container waits with PodInitializing while the sidecar's startup probe runs", SIDECAR,
            observed(SIDECAR, runningNotStarted("log")), "a", "waiting:PodInitializing", "none", false, false),
        row("a running container is started and ready", ONE, observed(ONE, running("a")), "a",
            "running", "none", true, true),
        row("a running container failing its readiness probe is started but not ready", ONE,
            observed(ONE, runningNotReady("a")), "a", "running", "none", false, true),
        row("a running container whose startup probe has not passed is neither started nor ready", ONE,
            observed(ONE, runningNotStarted("a")), "a", "running", "none", false, false),
        row("an exit 0 is terminated with reason Completed", ONE, observed(ONE, exited("a", 0)), "a",
            "terminated:Completed:0", "none", false, false),
        row("a non-zero exit is terminated with reason Error", ONE, observed(ONE, exited("a", 2)), "a",
            "terminated:Error:2", "none", false, false),
        row("an OOM kill is terminated with reason OOMKilled", ONE, observed(ONE, oomKilled("a")), "a",
            "terminated:OOMKilled:137", "none", false, false),
        row("a crash-looping container waits with CrashLoopBackOff and shows its exit as last state", ONE,
            observed(ONE, crashLooping("a", 1, 3)), "a", "waiting:CrashLoopBackOff", "terminated:Error:1",
            false, false),
        row("the runtime's waiting reason wins over ContainerCreating", ONE,
            observed(ONE, waiting("a", "ErrImageNeverPull")), "a", "waiting:ErrImageNeverPull", "none",
            false, false),
        row("a restarted container shows its previous run as last state", ONE,
            observed(ONE, restarted("a", 2, 1)), "a", "running", "terminated:Error:1", true, true),
        row("a completed init container is ready", INIT, observed(INIT, exited("setup", 0)), "setup",
            "terminated:Completed:0", "none", true, false),
        row("a completed init container is never shown as waiting again", INIT,
            observed(INIT, crashLooping("setup", 0, 0)), "setup", "terminated:Completed:0", "none", true, false),
        row("a failed init container is not ready", INIT, observed(INIT, exited("setup", 1)), "setup",
            "terminated:Error:1", "none", false, false),
        row("a crash-looping init container waits with CrashLoopBackOff", INIT,
            observed(INIT, crashLooping("setup", 1, 2)), "setup", "waiting:CrashLoopBackOff",
            "terminated:Error:1", false, false),
        row("a started sidecar passing readiness is started and ready", SIDECAR,
            observed(SIDECAR, running("log")), "log", "running", "none", true, true),
        row("a sidecar whose startup probe has not passed is neither started nor ready", SIDECAR,
            observed(SIDECAR, runningNotStarted("log")), "log", "running", "none", false, false),
        row("a terminated sidecar is not ready", SIDECAR, observed(SIDECAR, exited("log", 0), running("a")),
            "log", "terminated:Completed:0", "none", false, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("states")
  void containerStatusesFollowTheKubelet(String rule, Pod pod, PodObservation observed, String container,
      String state, String lastState, boolean ready, boolean started) {
    ContainerStatus status = find(PodStatusCalculator.compute(pod, observed, NOW), container);
    assertEquals(state, describe(status.state()), "state");
    assertEquals(lastState, describe(status.lastState()), "lastState");
    assertEquals(ready, status.ready(), "ready");
    assertEquals(started, status.started(), "started");
  }

  @Test
  void aStatusCarriesTheIdsImageTimesAndRestartCountOfTheObservation() {
    ContainerStatus status = find(PodStatusCalculator.compute(ONE, observed(ONE, crashLooping("a", 1, 3)), NOW), "a");
    assertEquals("a", status.name());
    assertEquals("busybox", status.image());
    assertEquals("sha256:abc", status.imageID());
    assertEquals("docker://a", status.containerID());
    assertEquals(3, status.restartCount());
    assertEquals("back-off", status.state().waiting().message());
    assertEquals(STARTED, status.lastState().terminated().startedAt());
    assertEquals(FINISHED, status.lastState().terminated().finishedAt());
    assertEquals("docker://a", status.lastState().terminated().containerID());
  }

  @Test
  void aRunningContainerShowsWhenItStarted() {
    ContainerStatus status = find(PodStatusCalculator.compute(ONE, observed(ONE, running("a")), NOW), "a");
    assertEquals(STARTED, status.state().running().startedAt());
  }

  @Test
  void aContainerNotCreatedYetHasTheSpecImageAndNoIds() {
    ContainerStatus status = find(PodStatusCalculator.compute(ONE, observed(ONE), NOW), "a");
    assertEquals("busybox", status.image());
    assertNull(status.containerID());
    assertNull(status.imageID());
    assertEquals(0, status.restartCount());
  }

  @Test
  void statusesComeOnePerSpecContainerInSpecOrder() {
    Pod pod = pod("Always", "init:setup", "sidecar:log", "b", "a");
    PodStatus status = PodStatusCalculator.compute(pod, observed(pod, running("a"), exited("setup", 0)), NOW);
    assertEquals(java.util.List.of("setup", "log"),
        status.initContainerStatuses().stream().map(ContainerStatus::name).toList());
    assertEquals(java.util.List.of("b", "a"),
        status.containerStatuses().stream().map(ContainerStatus::name).toList());
  }

  private static ContainerStatus find(PodStatus status, String name) {
    return Stream.concat(status.initContainerStatuses().stream(), status.containerStatuses().stream())
        .filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static Arguments row(String rule, Pod pod, PodObservation observed, String container, String state,
      String lastState, boolean ready, boolean started) {
    return Arguments.of(rule, pod, observed, container, state, lastState, ready, started);
  }
}
