package io.whalepod.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.model.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the pod lifecycle as a row: restartPolicy × exit code × container kind × sandbox state. */
class PodPlanTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final BackOff BACK_OFF = BackOff.KUBERNETES;
  private static final PodPlan PLAN = new PodPlan(BACK_OFF);

  /** One app container "app"; with {@code kind} init, a regular init container "init" before it; with sidecar, one. */
  private static Pod pod(String policy, String kind) {
    Pod.Builder pod = Pod.named("p").restartPolicy(policy);
    switch (kind) {
      case "init" -> pod.initContainer(c -> c.name("init").image("busybox"));
      case "sidecar" -> pod.sidecar(c -> c.name("sidecar").image("busybox"));
      default -> { }
    }
    return pod.container(c -> c.name("app").image("busybox")).build();
  }

  private static ObservedPod observed(SandboxState sandbox, Map<String, ContainerRun> runs) {
    return new ObservedPod(sandbox, runs);
  }

  private static ContainerRun exitedAt(int attempt, int exitCode, Duration ran) {
    return ContainerRun.exited(attempt, exitCode, T0.minus(ran), T0);
  }

  @ParameterizedTest(name = "{0} app exits {1}: restart {2}")
  @CsvSource({
      "Always,    0, true",
      "Always,    1, true",
      "Always,  137, true",
      "OnFailure, 0, false",
      "OnFailure, 1, true",
      "Never,     0, false",
      "Never,     1, false",
  })
  void anExitedAppContainerRestartsPerThePodsPolicy(String policy, int exitCode, boolean restart) {
    PodActions actions = PLAN.compute(pod(policy, "app"),
        observed(SandboxState.RUNNING, Map.of("app", exitedAt(0, exitCode, Duration.ofSeconds(1)))),
        PodMemory.FRESH, T0);
    assertEquals(restart ? List.of(new ContainerStart("app", 1, T0, 1)) : List.of(), actions.starts());
  }

  @ParameterizedTest(name = "{0}: a sidecar that exits {1} restarts")
  @CsvSource({"Always, 0", "Always, 1", "OnFailure, 0", "OnFailure, 2", "Never, 0", "Never, 1"})
  void aNativeSidecarRestartsWhateverThePodsPolicy(String policy, int exitCode) {
    PodActions actions = PLAN.compute(pod(policy, "sidecar"), observed(SandboxState.RUNNING, Map.of(
        "sidecar", exitedAt(2, exitCode, Duration.ofSeconds(1)),
        "app", ContainerRun.running(0, T0))), PodMemory.FRESH, T0);
    assertEquals(List.of(new ContainerStart("sidecar", 3, T0, 1)), actions.starts());
  }

  @ParameterizedTest(name = "after {0} restarts and a {1} s run, start {2} s after the exit")
  @CsvSource({
      "0,   1,   0",   // the first restart is at once
      "1,   1,  10",
      "2,   1,  20",
      "3,   1,  40",
      "6,   1, 300",   // capped at five minutes
      "9, 599, 300",
      "9, 600,   0",   // ten minutes of running forget earlier failures
  })
  void aRestartWaitsForTheBackOffCountedFromTheExit(int soFar, long ranSeconds, long waitSeconds) {
    PodActions actions = PLAN.compute(pod("Always", "app"),
        observed(SandboxState.RUNNING,
            Map.of("app", exitedAt(soFar, 1, Duration.ofSeconds(ranSeconds)).withRestartsInARow(soFar))),
        PodMemory.FRESH, T0);
    ContainerStart start = actions.starts().get(0);
    assertEquals(T0.plusSeconds(waitSeconds), start.notBefore());
    assertEquals(ranSeconds >= 600 ? 1 : soFar + 1, start.restartsAfter());
    assertEquals(waitSeconds == 0 ? null : T0.plusSeconds(waitSeconds), actions.lookAgainAt());
  }

  @Test
  void aContainerInBackOffIsWaitingUntilItsStartFallsDue() {
    PodActions actions = PLAN.compute(pod("Always", "app"),
        observed(SandboxState.RUNNING, Map.of("app", exitedAt(1, 1, Duration.ofSeconds(1)).withRestartsInARow(1))),
        PodMemory.FRESH, T0);
    assertTrue(actions.waiting("app", T0.plusSeconds(9)).isPresent());
    assertTrue(actions.waiting("app", T0.plusSeconds(10)).isEmpty());
  }

  @ParameterizedTest(name = "{0} init exits {1}: run again {2}")
  @CsvSource({
      "Always,    1, true",
      "OnFailure, 1, true",
      "Never,     1, false",
  })
  void aFailedInitContainerRunsAgainUnlessNever(String policy, int exitCode, boolean again) {
    PodActions actions = PLAN.compute(pod(policy, "init"), observed(SandboxState.RUNNING, Map.of(
        "init", exitedAt(0, exitCode, Duration.ofSeconds(1)),
        "app", ContainerRun.created(0))), PodMemory.FRESH, T0);
    assertEquals(again ? new ContainerStart("init", 1, T0, 1) : null, actions.nextInit());
    assertEquals(List.of(), actions.starts(), "apps wait for the init containers");
  }

  @Test
  void aFailedInitContainerBacksOffLikeARestart() {
    PodActions actions = PLAN.compute(pod("OnFailure", "init"), observed(SandboxState.RUNNING, Map.of(
        "init", exitedAt(2, 1, Duration.ofSeconds(1)).withRestartsInARow(2),
        "app", ContainerRun.created(0))), PodMemory.FRESH, T0);
    assertEquals(new ContainerStart("init", 3, T0.plusSeconds(20), 3), actions.nextInit());
    assertEquals(T0.plusSeconds(20), actions.lookAgainAt());
    assertTrue(actions.waiting("init", T0).isPresent());
  }

  @ParameterizedTest(name = "init {0}: nothing for the plan to run")
  @CsvSource({"created", "running", "succeeded"})
  void anInitContainerThatRunsOrWaitsForItsTurnIsLeftToTheStartSequence(String state) {
    ContainerRun run = switch (state) {
      case "created" -> ContainerRun.created(0);
      case "running" -> ContainerRun.running(0, T0);
      default -> exitedAt(0, 0, Duration.ofSeconds(1));
    };
    PodActions actions = PLAN.compute(pod("Always", "init"),
        observed(SandboxState.RUNNING, Map.of("init", run, "app", ContainerRun.running(0, T0))), PodMemory.FRESH, T0);
    assertNull(actions.nextInit());
  }

  @Test
  void aRunningStartSequenceKeepsTheInitContainersToItself() {
    PodActions actions = PLAN.compute(pod("Always", "init"), observed(SandboxState.RUNNING, Map.of(
        "init", exitedAt(0, 1, Duration.ofSeconds(1)), "app", ContainerRun.created(0))),
        new PodMemory(false, true, List.of(), Map.of()), T0);
    assertNull(actions.nextInit());
  }

  @ParameterizedTest(name = "{0}, {1} pod, sandbox {2}: rebuild {3}, from the first init {4}")
  @CsvSource({
      "Always,    app,     STOPPED, true,  false",
      "Always,    init,    STOPPED, true,  true",
      "Always,    sidecar, STOPPED, true,  true",   // any init container: the start sequence runs from the first
      "OnFailure, app,     STOPPED, true,  false",
      "Never,     app,     STOPPED, false, false",
      "Never,     init,    STOPPED, false, false",
      "Always,    app,     RUNNING, false, false",
  })
  void aDeadSandboxRebuildsThePodUnlessNever(String policy, String kind, SandboxState sandbox, boolean rebuild,
      boolean fromFirstInit) {
    Map<String, ContainerRun> runs = new HashMap<>(Map.of("app", ContainerRun.running(3, T0)));
    if (!kind.equals("app")) {
      runs.put(kind, kind.equals("init") ? exitedAt(0, 0, Duration.ofSeconds(1)) : ContainerRun.running(1, T0));
    }
    PodActions actions = PLAN.compute(pod(policy, kind), observed(sandbox, runs), PodMemory.FRESH, T0);
    assertEquals(rebuild, actions.sandboxRebuild().isPresent());
    actions.sandboxRebuild().ifPresent(r -> {
      assertEquals(fromFirstInit, r.fromFirstInit());
      List<String> names = r.recreate().stream().map(ContainerStart::name).toList();
      assertEquals(kind.equals("app") ? List.of("app") : List.of(kind, "app"), names, "in spec order");
      assertEquals(4, r.recreate().get(names.indexOf("app")).attempt(), "the next attempt: restart counts grow");
    });
  }

  @Test
  void aRebuildKeepsEachContainersBackOffPosition() {
    PodActions actions = PLAN.compute(pod("Always", "app"),
        observed(SandboxState.STOPPED, Map.of("app", exitedAt(5, 1, Duration.ofSeconds(1)).withRestartsInARow(5))),
        PodMemory.FRESH, T0);
    assertEquals(List.of(new ContainerStart("app", 6, T0, 5)), actions.rebuild().recreate());
  }

  @Test
  void anOnFailureRebuildLeavesTheAppsThatSucceeded() {
    Pod pod = Pod.named("p").restartPolicy("OnFailure")
        .container(c -> c.name("done").image("busybox")).container(c -> c.name("serving").image("busybox")).build();
    PodActions actions = PLAN.compute(pod, observed(SandboxState.STOPPED, Map.of(
        "done", exitedAt(0, 0, Duration.ofSeconds(1)), "serving", ContainerRun.running(0, T0))), PodMemory.FRESH, T0);
    assertEquals(List.of("serving"), actions.rebuild().recreate().stream().map(ContainerStart::name).toList());
  }

  @Test
  void theBackOffCountsFromWhenTheSupervisorSawTheExitNotFromTheEnginesClock() {
    Instant seen = T0.plusSeconds(300); // the engine's clock is five minutes behind
    PodMemory memory = new PodMemory(false, false, List.of(), Map.of("app", new PodMemory.ExitSeen(3, seen)));
    PodActions actions = PLAN.compute(pod("Always", "app"), observed(SandboxState.RUNNING,
        Map.of("app", exitedAt(3, 1, Duration.ofSeconds(1)).withRestartsInARow(3))), memory, seen);
    assertEquals(seen.plusSeconds(40), actions.starts().get(0).notBefore());
  }

  @Test
  void anExitSeenOfAnEarlierRunDoesNotCount() {
    PodMemory memory = new PodMemory(false, false, List.of(), Map.of("app", new PodMemory.ExitSeen(2, T0.plusSeconds(99))));
    PodActions actions = PLAN.compute(pod("Always", "app"), observed(SandboxState.RUNNING,
        Map.of("app", exitedAt(3, 1, Duration.ofSeconds(1)).withRestartsInARow(1))), memory, T0);
    assertEquals(T0.plusSeconds(10), actions.starts().get(0).notBefore());
  }

  @Test
  void aSucceededPodIsNotRebuiltWhenItsSandboxDies() {
    PodActions actions = PLAN.compute(pod("OnFailure", "app"),
        observed(SandboxState.STOPPED, Map.of("app", exitedAt(0, 0, Duration.ofSeconds(1)))), PodMemory.FRESH, T0);
    assertTrue(actions.sandboxRebuild().isEmpty());
    assertEquals(PodActions.NONE, actions);
  }

  @ParameterizedTest(name = "sandbox {0}: a pod marked for deletion is held still")
  @CsvSource({"RUNNING", "STOPPED"})
  void aPodMarkedForDeletionIsHeldStillWithNothingRestarted(SandboxState sandbox) {
    PodActions actions = PLAN.compute(pod("Always", "app"), new ObservedPod(sandbox,
        Map.of("app", exitedAt(0, 143, Duration.ofSeconds(1))), true), PodMemory.FRESH, T0);
    assertTrue(actions.release());
    assertEquals(List.of(), actions.starts());
    assertNull(actions.rebuild());
    assertFalse(actions.finishDeletion());
  }

  @Test
  void aMarkedPodWhoseSandboxIsGoneIsFinishedOff() {
    PodActions actions = PLAN.compute(pod("Always", "app"), new ObservedPod(SandboxState.GONE,
        Map.of("app", ContainerRun.running(1, T0)), true), PodMemory.FRESH, T0);
    assertTrue(actions.finishDeletion(), "a member a restart made after the deleter's list would outlive the pod");
  }

  @Test
  void aGoneSandboxMeansThePodWasDeletedElsewhere() {
    PodActions actions = PLAN.compute(pod("Always", "app"),
        observed(SandboxState.GONE, Map.of("app", ContainerRun.running(0, T0))), PodMemory.FRESH, T0);
    assertTrue(actions.finishDeletion());
    assertEquals(List.of(), actions.starts());
  }

  @ParameterizedTest(name = "{0}, app exits {1}: sidecars stop {2}")
  @CsvSource({
      "Never,     0, true",
      "Never,     1, true",
      "OnFailure, 0, true",
      "OnFailure, 1, false",
      "Always,    0, false",
  })
  void sidecarsStopOnceTheAppsAreDoneForGood(String policy, int exitCode, boolean stop) {
    Pod pod = Pod.named("p").restartPolicy(policy)
        .sidecar(c -> c.name("first").image("busybox")).sidecar(c -> c.name("second").image("busybox"))
        .container(c -> c.name("app").image("busybox")).build();
    PodActions actions = PLAN.compute(pod, observed(SandboxState.RUNNING, Map.of(
        "first", ContainerRun.running(0, T0), "second", ContainerRun.running(0, T0),
        "app", exitedAt(0, exitCode, Duration.ofSeconds(1)))), PodMemory.FRESH, T0);
    assertEquals(stop, actions.appsFinished());
    assertEquals(stop ? List.of("second", "first") : List.of(), actions.stopSidecars(), "in reverse spec order");
  }

  @Test
  void anInitFailureUnderNeverStopsTheSidecarsOfTheFailedPod() {
    Pod pod = Pod.named("p").restartPolicy("Never").sidecar(c -> c.name("sidecar").image("busybox"))
        .initContainer(c -> c.name("init").image("busybox")).container(c -> c.name("app").image("busybox")).build();
    PodActions actions = PLAN.compute(pod, observed(SandboxState.RUNNING, Map.of(
        "sidecar", ContainerRun.running(0, T0), "init", exitedAt(0, 1, Duration.ofSeconds(1)),
        "app", ContainerRun.created(0))), PodMemory.FRESH, T0);
    assertTrue(actions.appsFinished());
    assertEquals(List.of("sidecar"), actions.stopSidecars());
    assertNull(actions.nextInit());
  }

  @ParameterizedTest(name = "{0}: apps exit {1} and {2}: sidecars stop {3}")
  @CsvSource({
      "OnFailure, 0, 0,       true",
      "OnFailure, 0, 1,       false",   // the failed one restarts
      "Never,     0, 1,       true",
      "Never,     0, running, false",   // one still runs
  })
  void sidecarsWaitForEveryAppContainer(String policy, int first, String second, boolean stop) {
    Pod pod = Pod.named("p").restartPolicy(policy).sidecar(c -> c.name("sidecar").image("busybox"))
        .container(c -> c.name("a").image("busybox")).container(c -> c.name("b").image("busybox")).build();
    ContainerRun b = second.equals("running") ? ContainerRun.running(0, T0)
        : exitedAt(0, Integer.parseInt(second), Duration.ofSeconds(1));
    PodActions actions = PLAN.compute(pod, observed(SandboxState.RUNNING, Map.of(
        "sidecar", ContainerRun.running(0, T0), "a", exitedAt(0, first, Duration.ofSeconds(1)), "b", b)),
        PodMemory.FRESH, T0);
    assertEquals(stop ? List.of("sidecar") : List.of(), actions.stopSidecars());
  }

  @Test
  void aSecondInitContainerThatFailsRunsAgainAfterTheFirstSucceeded() {
    Pod pod = Pod.named("p").restartPolicy("Always").initContainer(c -> c.name("one").image("busybox"))
        .initContainer(c -> c.name("two").image("busybox")).container(c -> c.name("app").image("busybox")).build();
    PodActions actions = PLAN.compute(pod, observed(SandboxState.RUNNING, Map.of(
        "one", exitedAt(0, 0, Duration.ofSeconds(1)), "two", exitedAt(0, 2, Duration.ofSeconds(1)),
        "app", ContainerRun.created(0))), PodMemory.FRESH, T0);
    assertEquals(new ContainerStart("two", 1, T0, 1), actions.nextInit());
  }

  @Test
  void aSidecarThatExitsWhileTheStartSequenceRunsRestarts() {
    PodActions actions = PLAN.compute(pod("Always", "sidecar"), observed(SandboxState.RUNNING, Map.of(
        "sidecar", exitedAt(0, 1, Duration.ofSeconds(1)), "app", ContainerRun.created(0))),
        new PodMemory(false, true, List.of(), Map.of()), T0);
    assertEquals(List.of(new ContainerStart("sidecar", 1, T0, 1)), actions.starts());
  }

  @ParameterizedTest(name = "{0} pod, sandbox stopped: left as it is")
  @CsvSource({"Never", "OnFailure"})
  void aFinishedPodWhoseSandboxStopsIsLeftAsItIs(String policy) {
    PodActions actions = PLAN.compute(pod(policy, "app"),
        observed(SandboxState.STOPPED, Map.of("app", exitedAt(0, 0, Duration.ofSeconds(1)))), PodMemory.FRESH, T0);
    assertEquals(PodActions.NONE, actions);
  }

  @Test
  void sidecarsOfAFinishedPodAreNotRestartedNorStoppedTwice() {
    Pod pod = pod("Never", "sidecar");
    PodActions actions = PLAN.compute(pod, observed(SandboxState.RUNNING, Map.of(
        "sidecar", exitedAt(0, 143, Duration.ofSeconds(1)), "app", exitedAt(0, 0, Duration.ofSeconds(1)))),
        new PodMemory(true, false, List.of(), Map.of()), T0);
    assertEquals(List.of(), actions.starts());
    assertEquals(List.of(), actions.stopSidecars());
    assertTrue(actions.appsFinished());
  }

  @Test
  void aSidecarBackingOffWhenTheAppsFinishIsNotStartedAgain() {
    PodActions actions = PLAN.compute(pod("Never", "sidecar"), observed(SandboxState.RUNNING, Map.of(
        "sidecar", exitedAt(1, 1, Duration.ofSeconds(1)), "app", exitedAt(0, 0, Duration.ofSeconds(1)))),
        PodMemory.FRESH, T0);
    assertTrue(actions.appsFinished());
    assertEquals(List.of(), actions.starts());
    assertEquals(List.of(), actions.stopSidecars(), "it does not run: nothing to stop");
  }

  @ParameterizedTest(name = "{0} asked for attempt {1}, running attempt {2} ({3}): kill {4}")
  @CsvSource({
      "LIVENESS_PROBE,  0, 0, running, true",
      "STARTUP_PROBE,   0, 0, running, true",
      "POST_START_HOOK, 0, 0, running, true",
      "LIVENESS_PROBE,  0, 1, running, false",  // asked of a run that ended already
      "LIVENESS_PROBE,  0, 0, exited,  false",
  })
  void aFailedProbeOrHookStopsThatRunOnly(KillReason reason, int asked, int current, String state, boolean kill) {
    ContainerKill request = new ContainerKill("app", asked, reason, Duration.ofSeconds(30));
    ContainerRun run = state.equals("running") ? ContainerRun.running(current, T0)
        : exitedAt(current, 137, Duration.ofSeconds(1));
    PodActions actions = PLAN.compute(pod("Always", "app"), observed(SandboxState.RUNNING, Map.of("app", run)),
        new PodMemory(false, false, List.of(request), Map.of()), T0);
    assertEquals(kill ? List.of(request) : List.of(), actions.kills());
  }

  @Test
  void containersNotStartedYetAreLeftAlone() {
    PodActions actions = PLAN.compute(pod("Always", "sidecar"), observed(SandboxState.RUNNING, Map.of(
        "sidecar", ContainerRun.created(0), "app", ContainerRun.created(0))), PodMemory.FRESH, T0);
    assertEquals(PodActions.NONE, actions);
    assertFalse(actions.appsFinished());
  }
}
