package io.whalepod.status;

import io.whalepod.model.Container;
import io.whalepod.model.ContainerState;
import io.whalepod.model.ContainerStateTerminated;
import io.whalepod.model.ContainerStateWaiting;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import io.whalepod.model.PodSpec;
import io.whalepod.model.PodStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The READY, STATUS and RESTARTS columns of {@code kubectl get pods}, as kubectl's {@code printPod}
 * (pkg/printers/internalversion/printers.go) computes them from a pod with its status, native sidecars included
 * (kubectl 1.28+).
 */
public final class KubectlStatus {

  private KubectlStatus() {}

  /**
   * STATUS: Running, Init:0/2, Init:CrashLoopBackOff, PodInitializing, CrashLoopBackOff, Completed, Terminating…
   *
   * @param pod the pod with its status; never null
   * @return the STATUS column; never null
   */
  public static String of(Pod pod) {
    return Row.of(pod).status;
  }

  /**
   * READY: ready app containers and started, ready sidecars over app containers plus sidecars, e.g. {@code 1/2}.
   *
   * @param pod the pod with its status; never null
   * @return the READY column; never null
   */
  public static String ready(Pod pod) {
    Row row = Row.of(pod);
    return row.ready + "/" + row.total;
  }

  /**
   * RESTARTS as a plain number, e.g. {@code 3}.
   *
   * @param pod the pod with its status; never null
   * @return the restart count; never null
   */
  public static String restarts(Pod pod) {
    return Integer.toString(Row.of(pod).restarts);
  }

  /**
   * RESTARTS as kubectl prints it at {@code now}: {@code 0}, or {@code 3 (2m ago)} after the last restart.
   *
   * @param pod the pod with its status; never null
   * @param now the time to measure the last restart's age against
   * @return the RESTARTS column; never null
   */
  public static String restarts(Pod pod, Instant now) {
    Row row = Row.of(pod);
    if (row.restarts == 0 || row.lastRestart == null) {
      return Integer.toString(row.restarts);
    }
    return row.restarts + " (" + HumanDuration.of(Duration.between(row.lastRestart, now)) + " ago)";
  }

  /** One pass over the statuses, as printPod makes it. */
  private static final class Row {
    private static final PodStatus NO_STATUS = new PodStatus(null, null, null, null, null, null, null, null, null);

    private final Pod pod;
    private final PodSpec spec;
    private final PodStatus podStatus;
    private String status;
    private int ready;
    private int total;
    private int restarts;
    private Instant lastRestart;
    private int sidecarRestarts;
    private Instant lastSidecarRestart;

    private Row(Pod pod) {
      this.pod = pod;
      this.spec = pod.spec();
      this.podStatus = pod.status() == null ? NO_STATUS : pod.status();
    }

    static Row of(Pod pod) {
      Row row = new Row(pod);
      row.compute();
      return row;
    }

    private void compute() {
      // The API server sets phase Pending on create, so a pod without status is Pending.
      String phase = podStatus.phase() == null || podStatus.phase().isEmpty() ? PodPhases.PENDING : podStatus.phase();
      status = isSet(podStatus.reason()) ? podStatus.reason() : phase;
      total = spec.containers().size() + (int) spec.initContainers().stream().filter(Container::isSidecar).count();
      boolean initializing = initContainers();
      if (!initializing || initializedConditionTrue()) {
        appContainers();
      }
      Instant deletion = pod.metadata() == null ? null : pod.metadata().deletionTimestamp();
      if (deletion != null && "NodeLost".equals(podStatus.reason())) {
        status = PodPhases.UNKNOWN;
      } else if (deletion != null && !PodPhases.isTerminal(phase)) {
        status = "Terminating";
      }
    }

    /** Walks the init containers up to the first one still initializing; true when there is one. */
    private boolean initContainers() {
      List<ContainerStatus> statuses = podStatus.initContainerStatuses();
      for (int i = 0; i < statuses.size(); i++) {
        ContainerStatus container = statuses.get(i);
        boolean sidecar = spec.initContainers().stream()
            .anyMatch(c -> c.name().equals(container.name()) && c.isSidecar());
        countRestarts(container, sidecar);
        ContainerState state = stateOf(container);
        ContainerStateTerminated terminated = state.terminated();
        if (terminated != null && terminated.exitCode() == 0) {
          continue;
        }
        if (sidecar && Boolean.TRUE.equals(container.started())) {
          ready += container.ready() ? 1 : 0;
          continue;
        }
        status = initReason(state, i);
        return true;
      }
      return false;
    }

    private String initReason(ContainerState state, int index) {
      ContainerStateTerminated terminated = state.terminated();
      ContainerStateWaiting waiting = state.waiting();
      if (terminated != null) {
        return "Init:" + terminatedReason(terminated);
      }
      if (waiting != null && isSet(waiting.reason())
          && !ContainerStatuses.POD_INITIALIZING.equals(waiting.reason())) {
        return "Init:" + waiting.reason();
      }
      return "Init:" + index + "/" + spec.initContainers().size();
    }

    /** App containers from last to first, so the first one with a reason gives the STATUS. */
    private void appContainers() {
      restarts = sidecarRestarts;
      lastRestart = lastSidecarRestart;
      boolean hasRunning = false;
      List<ContainerStatus> statuses = podStatus.containerStatuses();
      for (int i = statuses.size() - 1; i >= 0; i--) {
        ContainerStatus container = statuses.get(i);
        countRestarts(container, false);
        ContainerState state = stateOf(container);
        if (state.waiting() != null && isSet(state.waiting().reason())) {
          status = state.waiting().reason();
        } else if (state.terminated() != null) {
          status = terminatedReason(state.terminated());
        } else if (container.ready() && state.running() != null) {
          hasRunning = true;
          ready++;
        }
      }
      // A completed container beside a running one: the pod is still running.
      if (ContainerStatuses.COMPLETED.equals(status) && hasRunning) {
        status = conditionTrue(Conditions.READY) ? PodPhases.RUNNING : "NotReady";
      }
    }

    private void countRestarts(ContainerStatus container, boolean sidecar) {
      restarts += container.restartCount();
      Instant finished = lastFinishedAt(container);
      lastRestart = later(lastRestart, finished);
      if (sidecar) {
        sidecarRestarts += container.restartCount();
        lastSidecarRestart = later(lastSidecarRestart, finished);
      }
    }

    private boolean initializedConditionTrue() {
      return conditionTrue(Conditions.INITIALIZED);
    }

    private boolean conditionTrue(String type) {
      return podStatus.conditions().stream().anyMatch(c -> type.equals(c.type()) && c.isTrue());
    }

    private static String terminatedReason(ContainerStateTerminated terminated) {
      if (isSet(terminated.reason())) {
        return terminated.reason();
      }
      if (terminated.signal() != null && terminated.signal() != 0) {
        return "Signal:" + terminated.signal();
      }
      return "ExitCode:" + terminated.exitCode();
    }

    private static Instant lastFinishedAt(ContainerStatus container) {
      ContainerState last = container.lastState();
      return last == null || last.terminated() == null ? null : last.terminated().finishedAt();
    }

    private static Instant later(Instant a, Instant b) {
      if (a == null) {
        return b;
      }
      return b != null && b.isAfter(a) ? b : a;
    }

    private static ContainerState stateOf(ContainerStatus container) {
      return container.state() == null ? new ContainerState(null, null, null) : container.state();
    }

    private static boolean isSet(String s) {
      return s != null && !s.isEmpty();
    }
  }
}
