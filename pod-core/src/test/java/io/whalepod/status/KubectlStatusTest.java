package io.whalepod.status;

import static io.whalepod.status.Fixtures.NOW;
import static io.whalepod.status.Fixtures.crashLooping;
import static io.whalepod.status.Fixtures.exited;
import static io.whalepod.status.Fixtures.observed;
import static io.whalepod.status.Fixtures.oomKilled;
import static io.whalepod.status.Fixtures.pod;
import static io.whalepod.status.Fixtures.restarted;
import static io.whalepod.status.Fixtures.running;
import static io.whalepod.status.Fixtures.runningNotReady;
import static io.whalepod.status.Fixtures.runningNotStarted;
import static io.whalepod.status.Fixtures.unreachable;
import static io.whalepod.status.Fixtures.waiting;
import static io.whalepod.status.Fixtures.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whalepod.model.ContainerState;
import io.whalepod.model.ContainerStateTerminated;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import io.whalepod.model.PodCondition;
import io.whalepod.model.PodStatus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** kubectl's printPod, fed with statuses the calculator computed (or, where noted, a kubelet wrote). */
class KubectlStatusTest {

  private static final Pod TWO = pod("Always", "a", "b");
  private static final Pod TWO_NEVER = pod("Never", "a", "b");
  private static final Pod ONE_NEVER = pod("Never", "a");
  private static final Pod INIT = pod("Always", "init:setup", "init:migrate", "a");
  private static final Pod INIT_NEVER = pod("Never", "init:setup", "init:migrate", "a");
  private static final Pod SIDECAR = pod("Always", "sidecar:log", "a");

  static Stream<Arguments> columns() {
    return Stream.of(
        row("every container running is Running", withStatus(TWO, observed(TWO, running("a"), running("b"))),
            "Running", "2/2"),
        row("a container failing readiness is Running but not counted ready",
            withStatus(TWO, observed(TWO, running("a"), runningNotReady("b"))), "Running", "1/2"),
        row("containers being created show ContainerCreating", withStatus(TWO, observed(TWO)),
            "ContainerCreating", "0/2"),
        row("the first init container waiting shows Init:0/2", withStatus(INIT, observed(INIT)), "Init:0/2", "0/1"),
        row("the first init container running shows Init:0/2", withStatus(INIT, observed(INIT, running("setup"))),
            "Init:0/2", "0/1"),
        row("the second init container running shows Init:1/2",
            withStatus(INIT, observed(INIT, exited("setup", 0), running("migrate"))), "Init:1/2", "0/1"),
        row("a failed init container shows Init:Error",
            withStatus(INIT_NEVER, observed(INIT_NEVER, exited("setup", 1))), "Init:Error", "0/1"),
        row("an init container backing off shows Init:CrashLoopBackOff",
            withStatus(INIT, observed(INIT, crashLooping("setup", 1, 2))), "Init:CrashLoopBackOff", "0/1"),
        row("an init container waiting for its image shows Init:ImagePullBackOff",
            withStatus(INIT, observed(INIT, waiting("setup", "ImagePullBackOff"))), "Init:ImagePullBackOff", "0/1"),
        row("completed init containers and an app container being created show ContainerCreating",
            withStatus(INIT, observed(INIT, exited("setup", 0), exited("migrate", 0))), "ContainerCreating", "0/1"),
        row("a crash-looping container shows CrashLoopBackOff",
            withStatus(TWO, observed(TWO, running("a"), crashLooping("b", 1, 3))), "CrashLoopBackOff", "1/2"),
        row("a container waiting for its image shows ImagePullBackOff",
            withStatus(TWO, observed(TWO, running("a"), waiting("b", "ImagePullBackOff"))), "ImagePullBackOff", "1/2"),
        row("the first container with a reason gives the STATUS",
            withStatus(TWO, observed(TWO, waiting("a", "ErrImageNeverPull"), crashLooping("b", 1, 3))),
            "ErrImageNeverPull", "0/2"),
        row("every container exited 0 shows Completed",
            withStatus(ONE_NEVER, observed(ONE_NEVER, exited("a", 0))), "Completed", "0/1"),
        row("a failed container shows Error", withStatus(ONE_NEVER, observed(ONE_NEVER, exited("a", 1))),
            "Error", "0/1"),
        row("an OOM-killed container shows OOMKilled", withStatus(ONE_NEVER, observed(ONE_NEVER, oomKilled("a"))),
            "OOMKilled", "0/1"),
        row("a completed container beside a running one shows NotReady",
            withStatus(TWO_NEVER, observed(TWO_NEVER, running("a"), exited("b", 0))), "NotReady", "1/2"),
        row("a started sidecar beside a running container is Running and both count",
            withStatus(SIDECAR, observed(SIDECAR, running("log"), running("a"))), "Running", "2/2"),
        row("a sidecar whose startup probe has not passed shows Init:0/1",
            withStatus(SIDECAR, observed(SIDECAR, runningNotStarted("log"))), "Init:0/1", "0/2"),
        row("an unreachable engine shows Unknown",
            withStatus(TWO, unreachable(observed(TWO, running("a"), running("b")))), "Unknown", "2/2"),
        row("a pod being deleted shows Terminating",
            deleted(withStatus(TWO, observed(TWO, running("a"), running("b")))), "Terminating", "2/2"),
        row("a finished pod being deleted still shows Completed",
            deleted(withStatus(ONE_NEVER, observed(ONE_NEVER, exited("a", 0)))), "Completed", "0/1"),
        row("a pod without a status is Pending", TWO, "Pending", "0/2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("columns")
  void statusAndReadyColumnsMatchKubectl(String rule, Pod pod, String status, String ready) {
    assertEquals(status, KubectlStatus.of(pod), "STATUS");
    assertEquals(ready, KubectlStatus.ready(pod), "READY");
  }

  @Test
  void appContainersWaitingWithPodInitializingAfterInitShowPodInitializing() {
    // As a kubelet writes it: app containers keep the PodInitializing default until they are created.
    Pod pod = withStatus(INIT, observed(INIT, exited("setup", 0), exited("migrate", 0)));
    PodStatus s = pod.status();
    ContainerStatus app = s.containerStatuses().get(0);
    ContainerStatus initializing = new ContainerStatus(app.name(), ContainerState.waiting("PodInitializing", null),
        app.lastState(), false, 0, app.image(), null, null, false);
    Pod kubeletPod = pod.withStatus(new PodStatus(s.phase(), s.conditions(), null, null, null, null, null,
        s.initContainerStatuses(), List.of(initializing)));
    assertEquals("PodInitializing", KubectlStatus.of(kubeletPod));
  }

  @Test
  void exitsWithoutAReasonShowTheSignalOrExitCode() {
    Pod pod = withStatus(INIT_NEVER, observed(INIT_NEVER, exited("setup", 1)));
    assertEquals("Init:ExitCode:1", KubectlStatus.of(replaceTerminated(pod, true, 1, null)));
    assertEquals("Init:Signal:9", KubectlStatus.of(replaceTerminated(pod, true, 137, 9)));
    Pod app = withStatus(ONE_NEVER, observed(ONE_NEVER, exited("a", 2)));
    assertEquals("ExitCode:2", KubectlStatus.of(replaceTerminated(app, false, 2, null)));
    assertEquals("Signal:15", KubectlStatus.of(replaceTerminated(app, false, 143, 15)));
  }

  @Test
  void aNodeLostPodBeingDeletedShowsUnknown() {
    Pod pod = deleted(withStatus(TWO, observed(TWO, running("a"), running("b"))));
    PodStatus s = pod.status();
    Pod lost = pod.withStatus(new PodStatus(s.phase(), s.conditions(), null, "NodeLost", null, null, null,
        s.initContainerStatuses(), s.containerStatuses()));
    assertEquals("Unknown", KubectlStatus.of(lost));
  }

  @Test
  void aPodReasonReplacesThePhase() {
    Pod evicted = ONE_NEVER.withStatus(new PodStatus("Failed", List.<PodCondition>of(), "low on memory",
        "Evicted", null, null, null, null, null));
    assertEquals("Evicted", KubectlStatus.of(evicted));
  }

  static Stream<Arguments> restarts() {
    return Stream.of(
        row("a pod that never restarted shows 0", withStatus(TWO, observed(TWO, running("a"), running("b"))),
            "0", "0"),
        row("restarts of all app containers add up, with the last one's age",
            withStatus(TWO, observed(TWO, restarted("a", 2, 1), crashLooping("b", 1, 3))), "5", "5 (4m ago)"),
        row("init container restarts count while the pod initializes",
            withStatus(INIT, observed(INIT, crashLooping("setup", 1, 4))), "4", "4 (4m ago)"),
        row("sidecar restarts count beside the app containers'",
            withStatus(SIDECAR, observed(SIDECAR, restarted("log", 2, 1), restarted("a", 1, 0))), "3", "3 (4m ago)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("restarts")
  void restartsColumnMatchesKubectl(String rule, Pod pod, String restarts, String restartsWithAge) {
    assertEquals(restarts, KubectlStatus.restarts(pod));
    assertEquals(restartsWithAge, KubectlStatus.restarts(pod, NOW));
  }

  private static Pod deleted(Pod pod) {
    return pod.withMetadata(pod.metadata().withDeletionTimestamp(NOW));
  }

  /** The pod with its first init (or app) container terminated without a reason, as some runtimes report it. */
  private static Pod replaceTerminated(Pod pod, boolean init, int exitCode, Integer signal) {
    PodStatus s = pod.status();
    List<ContainerStatus> statuses = init ? s.initContainerStatuses() : s.containerStatuses();
    ContainerStatus c = statuses.get(0);
    ContainerStatus bare = new ContainerStatus(c.name(), ContainerState.terminated(
        new ContainerStateTerminated(exitCode, signal, null, null, null, null, null)), c.lastState(), false,
        c.restartCount(), c.image(), c.imageID(), c.containerID(), false);
    List<ContainerStatus> replaced = Stream.concat(Stream.of(bare), statuses.stream().skip(1)).toList();
    return pod.withStatus(new PodStatus(s.phase(), s.conditions(), null, null, null, null, null,
        init ? replaced : s.initContainerStatuses(), init ? s.containerStatuses() : replaced));
  }

  private static Arguments row(Object... values) {
    return Arguments.of(values);
  }
}
