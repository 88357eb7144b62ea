package io.whalepod.status;

import static io.whalepod.status.Fixtures.crashLooping;
import static io.whalepod.status.Fixtures.created;
import static io.whalepod.status.Fixtures.deleting;
import static io.whalepod.status.Fixtures.exited;
import static io.whalepod.status.Fixtures.observed;
import static io.whalepod.status.Fixtures.oomKilled;
import static io.whalepod.status.Fixtures.pod;
import static io.whalepod.status.Fixtures.running;
import static io.whalepod.status.Fixtures.runningNotStarted;
import static io.whalepod.status.Fixtures.unreachable;
import static io.whalepod.status.Fixtures.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whalepod.model.Pod;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The kubelet's getPhase cases (pkg/kubelet/kubelet_pods_test.go TestPodPhaseWith*), from observations. */
class PhaseCalculatorTest {

  private static final Pod INIT_NEVER = pod("Never", "init:setup", "app");
  private static final Pod INIT_ON_FAILURE = pod("OnFailure", "init:setup", "app");
  private static final Pod INIT_ALWAYS = pod("Always", "init:setup", "app");
  private static final Pod TWO_NEVER = pod("Never", "a", "b");
  private static final Pod TWO_ON_FAILURE = pod("OnFailure", "a", "b");
  private static final Pod TWO_ALWAYS = pod("Always", "a", "b");
  private static final Pod SIDECAR_NEVER = pod("Never", "sidecar:log", "app");
  private static final Pod SIDECAR_ON_FAILURE = pod("OnFailure", "sidecar:log", "app");
  private static final Pod INIT_AND_SIDECAR = pod("Always", "init:setup", "sidecar:log", "app");

  static Stream<Arguments> initContainers() {
    return Stream.of(
        row("an init container that failed under Never fails the pod",
            INIT_NEVER, observed(INIT_NEVER, exited("setup", 1)), "Failed"),
        row("an init container that failed under OnFailure keeps the pod Pending while it is retried",
            INIT_ON_FAILURE, observed(INIT_ON_FAILURE, exited("setup", 1)), "Pending"),
        row("an init container backing off under OnFailure keeps the pod Pending",
            INIT_ON_FAILURE, observed(INIT_ON_FAILURE, crashLooping("setup", 1, 2)), "Pending"),
        row("an init container backing off under Always keeps the pod Pending",
            INIT_ALWAYS, observed(INIT_ALWAYS, crashLooping("setup", 1, 2)), "Pending"),
        row("an init container backing off after a failure under Never fails the pod",
            INIT_NEVER, observed(INIT_NEVER, crashLooping("setup", 1, 0)), "Failed"),
        row("an init container not created yet keeps the pod Pending",
            INIT_NEVER, observed(INIT_NEVER), "Pending"),
        row("a running init container keeps the pod Pending",
            INIT_NEVER, observed(INIT_NEVER, running("setup")), "Pending"),
        row("a completed init container and a running app container make the pod Running",
            INIT_NEVER, observed(INIT_NEVER, exited("setup", 0), running("app")), "Running"),
        row("a completed init container with app containers still being created keeps the pod Pending",
            INIT_NEVER, observed(INIT_NEVER, exited("setup", 0), created("app")), "Pending"));
  }

  static Stream<Arguments> appContainers() {
    return Stream.of(
        row("all containers running make the pod Running",
            TWO_ALWAYS, observed(TWO_ALWAYS, running("a"), running("b")), "Running"),
        row("all containers exited 0 under Never make the pod Succeeded",
            TWO_NEVER, observed(TWO_NEVER, exited("a", 0), exited("b", 0)), "Succeeded"),
        row("all containers exited 0 under OnFailure make the pod Succeeded",
            TWO_ON_FAILURE, observed(TWO_ON_FAILURE, exited("a", 0), exited("b", 0)), "Succeeded"),
        row("all containers exited 0 under Always keep the pod Running as they restart",
            TWO_ALWAYS, observed(TWO_ALWAYS, exited("a", 0), exited("b", 0)), "Running"),
        row("all containers stopped with one failure under Never make the pod Failed",
            TWO_NEVER, observed(TWO_NEVER, exited("a", 0), exited("b", 1)), "Failed"),
        row("all containers failed under Never make the pod Failed",
            TWO_NEVER, observed(TWO_NEVER, exited("a", 1), exited("b", 2)), "Failed"),
        row("all containers failed under OnFailure keep the pod Running as they restart",
            TWO_ON_FAILURE, observed(TWO_ON_FAILURE, exited("a", 1), exited("b", 1)), "Running"),
        row("a running container beside an exited one under Never keeps the pod Running",
            TWO_NEVER, observed(TWO_NEVER, running("a"), exited("b", 0)), "Running"),
        row("a running container beside one still being created keeps the pod Pending",
            TWO_NEVER, observed(TWO_NEVER, running("a"), created("b")), "Pending"),
        row("a running container beside one not created yet keeps the pod Pending",
            TWO_ON_FAILURE, observed(TWO_ON_FAILURE, running("a")), "Pending"),
        row("a container waiting for its image keeps the pod Pending",
            TWO_ALWAYS, observed(TWO_ALWAYS, running("a"), waiting("b", "ImagePullBackOff")), "Pending"),
        row("a crash-looping container beside a running one under Always keeps the pod Running",
            TWO_ALWAYS, observed(TWO_ALWAYS, running("a"), crashLooping("b", 1, 3)), "Running"),
        row("a crash-looping container under OnFailure keeps the pod Running",
            TWO_ON_FAILURE, observed(TWO_ON_FAILURE, crashLooping("a", 1, 3), crashLooping("b", 2, 1)), "Running"),
        row("an OOM-killed container under Never fails the pod",
            TWO_NEVER, observed(TWO_NEVER, oomKilled("a"), exited("b", 0)), "Failed"),
        row("an unreachable engine makes the phase Unknown",
            TWO_ALWAYS, unreachable(observed(TWO_ALWAYS, running("a"), running("b"))), "Unknown"),
        row("a deleted pod whose containers stopped with an error is Failed even under Always",
            TWO_ALWAYS, deleting(observed(TWO_ALWAYS, exited("a", 137), exited("b", 0))), "Failed"),
        row("a deleted pod whose containers exited 0 is Succeeded even under Always",
            TWO_ALWAYS, deleting(observed(TWO_ALWAYS, exited("a", 0), exited("b", 0))), "Succeeded"));
  }

  static Stream<Arguments> sidecars() {
    return Stream.of(
        row("a sidecar not created yet keeps the pod Pending",
            SIDECAR_NEVER, observed(SIDECAR_NEVER), "Pending"),
        row("a running sidecar whose startup probe has not passed keeps the pod Pending",
            SIDECAR_NEVER, observed(SIDECAR_NEVER, runningNotStarted("log")), "Pending"),
        row("a started sidecar beside a running app container makes the pod Running",
            SIDECAR_NEVER, observed(SIDECAR_NEVER, running("log"), running("app")), "Running"),
        row("a terminated sidecar is ignored for the phase",
            SIDECAR_NEVER, observed(SIDECAR_NEVER, exited("log", 1), running("app")), "Running"),
        row("a crash-looping sidecar is ignored for the phase",
            SIDECAR_NEVER, observed(SIDECAR_NEVER, crashLooping("log", 1, 2), running("app")), "Running"),
        row("a sidecar restarting after the app started does not send the pod back to Pending",
            SIDECAR_NEVER, observed(SIDECAR_NEVER, runningNotStarted("log"), running("app")), "Running"),
        row("an app container that finished while the sidecar still runs leaves the pod Running",
            SIDECAR_NEVER, observed(SIDECAR_NEVER, running("log"), exited("app", 0)), "Running"),
        row("an app container that finished under Never makes the pod Succeeded once the sidecar is stopped",
            SIDECAR_NEVER, observed(SIDECAR_NEVER, exited("log", 143), exited("app", 0)), "Succeeded"),
        row("an app container that finished under OnFailure makes the pod Succeeded once the sidecar is stopped",
            SIDECAR_ON_FAILURE, observed(SIDECAR_ON_FAILURE, exited("log", 137), exited("app", 0)), "Succeeded"),
        row("an app container that failed under Never makes the pod Failed once the sidecar is stopped",
            SIDECAR_NEVER, observed(SIDECAR_NEVER, exited("log", 0), exited("app", 1)), "Failed"),
        row("a regular init container still running keeps the pod Pending whatever else runs",
            INIT_AND_SIDECAR, observed(INIT_AND_SIDECAR, running("setup"), running("log"), running("app")),
            "Pending"),
        row("a completed init container, a started sidecar and a running app container make the pod Running",
            INIT_AND_SIDECAR, observed(INIT_AND_SIDECAR, exited("setup", 0), running("log"), running("app")),
            "Running"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("initContainers")
  void initContainersDecideThePhaseAsTheKubeletDoes(String rule, Pod pod, PodObservation observed, String phase) {
    assertEquals(phase, PodStatusCalculator.compute(pod, observed, Fixtures.NOW).phase());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("appContainers")
  void appContainersDecideThePhaseAsTheKubeletDoes(String rule, Pod pod, PodObservation observed, String phase) {
    assertEquals(phase, PodStatusCalculator.compute(pod, observed, Fixtures.NOW).phase());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sidecars")
  void sidecarsFollowTheKubernetes128Rules(String rule, Pod pod, PodObservation observed, String phase) {
    assertEquals(phase, PodStatusCalculator.compute(pod, observed, Fixtures.NOW).phase());
  }

  private static Arguments row(String rule, Pod pod, PodObservation observed, String phase) {
    return Arguments.of(rule, pod, observed, phase);
  }
}
