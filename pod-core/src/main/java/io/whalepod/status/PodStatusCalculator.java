package io.whalepod.status;

import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import io.whalepod.model.PodCondition;
import io.whalepod.model.PodSpec;
import io.whalepod.model.PodStatus;
import io.whalepod.status.ContainerObservation.State;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@code kubectl get pod -o yaml} would show under {@code status}, computed from the pod and what the runtime
 * observed, as the kubelet's {@code generateAPIPodStatus} does: container statuses first, then the phase
 * ({@link PhaseCalculator}), kept terminal ({@link PodPhases#keepTerminal}), then the conditions
 * ({@link Conditions}) for that phase. A pure function: no clock, no Docker.
 */
public final class PodStatusCalculator {

  /** The scheduler's words when the single node (the Docker engine) does not fit the pod. */
  static final String UNSCHEDULABLE_MESSAGE =
      "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector.";

  private PodStatusCalculator() {}

  /**
   * The pod's status.
   *
   * @return the new status; never null
   * @param pod      the pod; its {@code status}, when set, is the previously reported one: a terminal phase is
   *                 kept, and so are lastTransitionTime of unchanged conditions and the reason and message of an
   *                 unchanged phase
   * @param observed what the runtime saw
   * @param now      the time stamped on conditions that change
   */
  public static PodStatus compute(Pod pod, PodObservation observed, Instant now) {
    Objects.requireNonNull(pod, "pod");
    Objects.requireNonNull(observed, "observed");
    PodStatus previous = pod.status();
    if (!observed.scheduled()) {
      return unscheduled(previous, now);
    }
    PodSpec spec = pod.spec();
    List<ContainerStatus> initStatuses = ContainerStatuses.forInitContainers(spec, observed.initContainers());
    List<ContainerStatus> statuses = ContainerStatuses.forContainers(spec, observed.containers(),
        Conditions.allInitContainersInitialized(spec, initStatuses));
    String phase = observed.engineReachable()
        ? PhaseCalculator.phase(spec, initStatuses, statuses, observed.deleting(), hasInitialized(spec, observed))
        : PodPhases.UNKNOWN;
    phase = PodPhases.keepTerminal(previousPhase(previous), phase);
    List<PodCondition> conditions = Conditions.of(spec, initStatuses, statuses, phase);
    if (!observed.engineReachable()) {
      conditions = Conditions.notReady(conditions);
    }
    boolean samePhase = previous != null && phase.equals(previous.phase());
    return new PodStatus(phase, Conditions.stamped(conditions, previousConditions(previous), now),
        samePhase ? previous.message() : null, samePhase ? previous.reason() : null,
        observed.hostIP(), observed.podIP(), observed.startTime(), initStatuses, statuses);
  }

  /**
   * The pod got past its init containers: it has none, or an app container exists (or ran before). The kubelet
   * asks the same of the active sandbox's containers so that a restarting sidecar does not make it Pending again.
   */
  static boolean hasInitialized(PodSpec spec, PodObservation observed) {
    return spec.initContainers().isEmpty() || observed.containers().stream()
        .anyMatch(o -> (o.state() != null && o.state() != State.NOT_CREATED) || o.lastTermination() != null);
  }

  private static PodStatus unscheduled(PodStatus previous, Instant now) {
    String phase = PodPhases.keepTerminal(previousPhase(previous), PodPhases.PENDING);
    List<PodCondition> conditions = Conditions.stamped(
        List.of(Conditions.unschedulable(UNSCHEDULABLE_MESSAGE)), previousConditions(previous), now);
    return new PodStatus(phase, conditions, null, null, null, null, null, null, null);
  }

  private static String previousPhase(PodStatus previous) {
    return previous == null ? null : previous.phase();
  }

  private static List<PodCondition> previousConditions(PodStatus previous) {
    return previous == null ? List.of() : previous.conditions();
  }
}
