package io.whalepod.status;

import io.whalepod.model.Container;
import io.whalepod.model.ContainerState;
import io.whalepod.model.ContainerStateTerminated;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.PodSpec;
import io.whalepod.status.ContainerObservation.State;
import io.whalepod.status.ContainerObservation.Termination;
import java.util.List;

/**
 * Per-container statuses from what the runtime observed, as the kubelet's {@code convertToAPIContainerStatuses}
 * (pkg/kubelet/kubelet_pods.go) and the prober manager's {@code UpdatePodStatus} build them. One status per spec
 * container, in spec order; a container without an observation counts as not created.
 */
public final class ContainerStatuses {
  /** Waiting reason of an app container not started yet once the pod is initialized. */
  public static final String CONTAINER_CREATING = "ContainerCreating";
  /** Waiting reason of a container not started yet while init containers still run. */
  public static final String POD_INITIALIZING = "PodInitializing";
  /** Terminated reason of a container that exited 0. */
  public static final String COMPLETED = "Completed";
  /** Terminated reason of a container that exited non-zero. */
  public static final String ERROR = "Error";
  /** Terminated reason of a container the kernel killed for lack of memory. */
  public static final String OOM_KILLED = "OOMKilled";

  private static final ContainerState NO_STATE = new ContainerState(null, null, null);

  private ContainerStatuses() {}

  /**
   * Statuses of the init containers (sidecars included); those not started yet wait with PodInitializing.
   *
   * @param spec the pod's spec; never null
   * @param observed what the runtime saw, in any order; never null
   * @return one status per init container, in spec order; immutable
   */
  public static List<ContainerStatus> forInitContainers(PodSpec spec, List<ContainerObservation> observed) {
    return spec.initContainers().stream()
        .map(c -> of(c, find(observed, c), true, POD_INITIALIZING))
        .toList();
  }

  /**
   * Statuses of the app containers. Those not started yet wait with PodInitializing while init containers still
   * run, and with ContainerCreating once they are done ({@code initialized}).
   *
   * @param spec the pod's spec; never null
   * @param observed what the runtime saw, in any order; never null
   * @param initialized whether every init container is done
   * @return one status per app container, in spec order; immutable
   */
  public static List<ContainerStatus> forContainers(PodSpec spec, List<ContainerObservation> observed,
      boolean initialized) {
    String waitingReason = initialized ? CONTAINER_CREATING : POD_INITIALIZING;
    return spec.containers().stream()
        .map(c -> of(c, find(observed, c), false, waitingReason))
        .toList();
  }

  /**
   * Docker's view of an exit as a reason: OOMKilled wins, then Completed for 0, else Error (as dockershim did).
   *
   * @param exitCode the container's exit code
   * @param oomKilled Docker's OOMKilled flag
   * @return {@link #OOM_KILLED}, {@link #COMPLETED} or {@link #ERROR}
   */
  public static String terminatedReason(int exitCode, boolean oomKilled) {
    if (oomKilled) {
      return OOM_KILLED;
    }
    return exitCode == 0 ? COMPLETED : ERROR;
  }

  private static ContainerStatus of(Container spec, ContainerObservation o, boolean init, String defaultReason) {
    ContainerState state = currentState(o, defaultReason);
    ContainerState lastState = lastState(o.lastTermination());
    boolean regularInit = init && !spec.isSidecar();
    // A completed init container is never restarted, so the kubelet keeps its terminated state; any other
    // container the runtime holds back (back-off, image pull, config error) shows the runtime's reason.
    boolean completedInit = regularInit && o.state() == State.EXITED && o.exitCode() == 0;
    if (o.waitingReason() != null && o.state() != State.RUNNING && !completedInit) {
      if (state.terminated() != null) {
        lastState = state;
      }
      state = ContainerState.waiting(o.waitingReason(), o.waitingMessage());
    }
    boolean started = state.running() != null && o.started();
    boolean ready = regularInit
        ? state.terminated() != null && state.terminated().exitCode() == 0
        : started && o.ready();
    String image = o.image() != null ? o.image() : spec.image();
    return new ContainerStatus(spec.name(), state, lastState, ready, o.restartCount(), image, o.imageId(),
        o.containerId(), started);
  }

  private static ContainerState currentState(ContainerObservation o, String defaultReason) {
    State state = o.state() == null ? State.NOT_CREATED : o.state();
    switch (state) {
      case RUNNING:
        return ContainerState.running(o.startedAt());
      case EXITED:
        return ContainerState.terminated(new ContainerStateTerminated(o.exitCode(), null,
            terminatedReason(o.exitCode(), o.oomKilled()), null, o.startedAt(), o.finishedAt(), o.containerId()));
      default:
        return ContainerState.waiting(defaultReason, null);
    }
  }

  private static ContainerState lastState(Termination t) {
    if (t == null) {
      return NO_STATE;
    }
    return ContainerState.terminated(new ContainerStateTerminated(t.exitCode(), null,
        terminatedReason(t.exitCode(), t.oomKilled()), null, t.startedAt(), t.finishedAt(), t.containerId()));
  }

  private static ContainerObservation find(List<ContainerObservation> observed, Container spec) {
    return observed.stream()
        .filter(o -> spec.name().equals(o.name()))
        .findFirst()
        .orElseGet(() -> ContainerObservation.notCreated(spec.name(), spec.image()));
  }
}
