package io.whalepod.status;

import static io.whalepod.status.Fixtures.NOW;
import static io.whalepod.status.Fixtures.crashLooping;
import static io.whalepod.status.Fixtures.describe;
import static io.whalepod.status.Fixtures.exited;
import static io.whalepod.status.Fixtures.observed;
import static io.whalepod.status.Fixtures.pod;
import static io.whalepod.status.Fixtures.running;
import static io.whalepod.status.Fixtures.runningNotReady;
import static io.whalepod.status.Fixtures.runningNotStarted;
import static io.whalepod.status.Fixtures.unreachable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whalepod.model.Pod;
import io.whalepod.model.PodCondition;
import io.whalepod.model.PodStatus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionsTest {

  private static final Pod ONE = pod("Always", "a");
  private static final Pod ONE_NEVER = pod("Never", "a");
  private static final Pod INIT = pod("Always", "init:setup", "a");
  private static final Pod SIDECAR = pod("Always", "init:setup", "sidecar:log", "a");

  static Stream<Arguments> conditions() {
    return Stream.of(
        row("a pod whose containers all run and are ready is initialized and ready",
            ONE, observed(ONE, running("a")), "True", "True", "True"),
        row("a pod without init containers is initialized before anything runs",
            ONE, observed(ONE), "True", "False:ContainersNotReady", "False:ContainersNotReady"),
        row("a running init container leaves the pod not initialized",
            INIT, observed(INIT, running("setup")),
            "False:ContainersNotInitialized", "False:ContainersNotReady", "False:ContainersNotReady"),
        row("a failed init container leaves the pod not initialized",
            INIT, observed(INIT, crashLooping("setup", 1, 1)),
            "False:ContainersNotInitialized", "False:ContainersNotReady", "False:ContainersNotReady"),
        row("a completed init container initializes the pod",
            INIT, observed(INIT, exited("setup", 0), running("a")), "True", "True", "True"),
        row("a sidecar whose startup probe has not passed leaves the pod not initialized",
            SIDECAR, observed(SIDECAR, exited("setup", 0), runningNotStarted("log")),
            "False:ContainersNotInitialized", "False:ContainersNotReady", "False:ContainersNotReady"),
        row("completed init containers and started sidecars initialize the pod",
            SIDECAR, observed(SIDECAR, exited("setup", 0), running("log")),
            "True", "False:ContainersNotReady", "False:ContainersNotReady"),
        row("a sidecar restarting after the app containers ran does not un-initialize the pod",
            SIDECAR, observed(SIDECAR, exited("setup", 0), crashLooping("log", 1, 1), running("a")),
            "True", "False:ContainersNotReady", "False:ContainersNotReady"),
        row("a ready sidecar beside a ready app container makes the pod ready",
            SIDECAR, observed(SIDECAR, exited("setup", 0), running("log"), running("a")), "True", "True", "True"),
        row("a sidecar that is not ready makes the pod not ready",
            SIDECAR, observed(SIDECAR, exited("setup", 0), runningNotReady("log"), running("a")),
            "True", "False:ContainersNotReady", "False:ContainersNotReady"),
        row("a container failing its readiness probe makes the pod not ready",
            ONE, observed(ONE, runningNotReady("a")), "True", "False:ContainersNotReady", "False:ContainersNotReady"),
        row("a Succeeded pod reports PodCompleted",
            ONE_NEVER, observed(ONE_NEVER, exited("a", 0)), "True:PodCompleted", "False:PodCompleted",
            "False:PodCompleted"),
        row("a Failed pod reports PodFailed",
            ONE_NEVER, observed(ONE_NEVER, exited("a", 1)), "True", "False:PodFailed", "False:PodFailed"),
        row("an unreachable engine makes the pod not ready",
            ONE, unreachable(observed(ONE, running("a"))), "True", "False", "True"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conditions")
  void conditionsFollowTheKubelet(String rule, Pod pod, PodObservation observed, String initialized, String ready,
      String containersReady) {
    PodStatus status = PodStatusCalculator.compute(pod, observed, NOW);
    assertEquals(initialized, describe(find(status, Conditions.INITIALIZED)), "Initialized");
    assertEquals(ready, describe(find(status, Conditions.READY)), "Ready");
    assertEquals(containersReady, describe(find(status, Conditions.CONTAINERS_READY)), "ContainersReady");
    assertEquals("True", describe(find(status, Conditions.POD_SCHEDULED)), "PodScheduled");
  }

  @org.junit.jupiter.api.Test
  void conditionsComeInTheOrderTheKubeletAppendsThem() {
    PodStatus status = PodStatusCalculator.compute(ONE, observed(ONE, running("a")), NOW);
    assertEquals(List.of("Initialized", "Ready", "ContainersReady", "PodScheduled"),
        status.conditions().stream().map(PodCondition::type).toList());
  }

  @org.junit.jupiter.api.Test
  void messagesNameTheContainersAsTheKubeletDoes() {
    Pod pod = pod("Always", "init:setup", "init:migrate", "a", "b");
    PodStatus status = PodStatusCalculator.compute(pod, observed(pod, running("setup")), NOW);
    assertEquals("containers with incomplete status: [setup migrate]",
        find(status, Conditions.INITIALIZED).message());
    assertEquals("containers with unready status: [a b]", find(status, Conditions.READY).message());
    assertEquals("containers with unready status: [a b]", find(status, Conditions.CONTAINERS_READY).message());
  }

  @org.junit.jupiter.api.Test
  void anUnschedulablePodHasOnlyPodScheduledFalse() {
    PodStatus status = PodStatusCalculator.compute(ONE, Fixtures.unscheduled(observed(ONE)), NOW);
    assertEquals("Pending", status.phase());
    assertEquals(1, status.conditions().size());
    PodCondition scheduled = status.conditions().get(0);
    assertEquals("PodScheduled", scheduled.type());
    assertEquals("False:Unschedulable", describe(scheduled));
    assertEquals("0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector.",
        scheduled.message());
    assertEquals(List.of(), status.containerStatuses());
  }

  @org.junit.jupiter.api.Test
  void aConditionKeepsItsTransitionTimeWhileItHoldsAndMovesWhenItChanges() {
    java.time.Instant before = NOW.minusSeconds(60);
    Pod starting = ONE.withStatus(PodStatusCalculator.compute(ONE, observed(ONE), before));
    PodStatus running = PodStatusCalculator.compute(starting, observed(ONE, running("a")), NOW);
    assertEquals(before, find(running, Conditions.INITIALIZED).lastTransitionTime());
    assertEquals(before, find(running, Conditions.POD_SCHEDULED).lastTransitionTime());
    assertEquals(NOW, find(running, Conditions.READY).lastTransitionTime());
    assertEquals(NOW, find(running, Conditions.CONTAINERS_READY).lastTransitionTime());
  }

  private static PodCondition find(PodStatus status, String type) {
    return status.conditions().stream().filter(c -> c.type().equals(type)).findFirst().orElseThrow();
  }

  private static Arguments row(String rule, Pod pod, PodObservation observed, String initialized, String ready,
      String containersReady) {
    return Arguments.of(rule, pod, observed, initialized, ready, containersReady);
  }
}
