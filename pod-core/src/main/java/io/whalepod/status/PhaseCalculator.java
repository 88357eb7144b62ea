package io.whalepod.status;

import io.whalepod.model.Container;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.PodSpec;
import java.util.List;

/**
 * The pod phase as the kubelet's {@code getPhase} (pkg/kubelet/kubelet_pods.go) computes it from the spec and the
 * container statuses, including the native-sidecar rules of Kubernetes 1.28+ (restartable init containers):
 * a terminated sidecar does not count, a running one counts as running, a sidecar not yet started keeps the pod
 * Pending until the pod has initialized.
 */
public final class PhaseCalculator {

  private PhaseCalculator() {}

  /**
   * The phase of a pod.
   *
   * @param spec              the pod's spec
   * @param initStatuses      statuses of the init containers (sidecars included)
   * @param statuses          statuses of the app containers
   * @param podIsTerminal     the pod is being shut down for good (deleted): stopped containers will not restart
   * @param podHasInitialized an app container of the current sandbox exists, so the pod got past its init
   *                          containers (keeps a restarting sidecar from sending the pod back to Pending)
   * @return Pending, Running, Succeeded or Failed
   */
  public static String phase(PodSpec spec, List<ContainerStatus> initStatuses, List<ContainerStatus> statuses,
      boolean podIsTerminal, boolean podHasInitialized) {
    Counts counts = new Counts();
    for (Container container : spec.initContainers()) {
      ContainerStatus status = find(initStatuses, container.name());
      if (container.isSidecar()) {
        counts.sidecar(status);
      } else {
        counts.regularInit(status);
      }
    }
    spec.containers().forEach(c -> counts.app(find(statuses, c.name())));
    return decide(counts, restartPolicy(spec), podIsTerminal, podHasInitialized);
  }

  /** The pod's restart policy, {@code Always} when unset (Kubernetes' default). */
  static String restartPolicy(PodSpec spec) {
    return spec.restartPolicy() == null || spec.restartPolicy().isEmpty() ? "Always" : spec.restartPolicy();
  }

  private static String decide(Counts c, String restartPolicy, boolean podIsTerminal, boolean podHasInitialized) {
    if (c.failedInit > 0 && "Never".equals(restartPolicy)) {
      return PodPhases.FAILED;
    }
    if (c.pendingRegularInit > 0 || (c.pendingSidecars > 0 && !podHasInitialized) || c.waiting > 0) {
      return PodPhases.PENDING;
    }
    if (c.running > 0 && c.unknown == 0) {
      return PodPhases.RUNNING;
    }
    if (c.running == 0 && c.stopped > 0 && c.unknown == 0) {
      return stoppedPhase(c, restartPolicy, podIsTerminal);
    }
    return PodPhases.PENDING;
  }

  /** Every container has stopped: whether they will restart decides. */
  private static String stoppedPhase(Counts c, String restartPolicy, boolean podIsTerminal) {
    boolean allSucceeded = c.stopped == c.succeeded;
    if (podIsTerminal) {
      return allSucceeded ? PodPhases.SUCCEEDED : PodPhases.FAILED;
    }
    if ("Always".equals(restartPolicy)) {
      return PodPhases.RUNNING; // all restarting
    }
    if (allSucceeded) {
      return PodPhases.SUCCEEDED;
    }
    return "Never".equals(restartPolicy) ? PodPhases.FAILED : PodPhases.RUNNING; // OnFailure: restarting
  }

  private static ContainerStatus find(List<ContainerStatus> statuses, String name) {
    return statuses.stream().filter(s -> name.equals(s.name())).findFirst().orElse(null);
  }

  private static boolean hasLastTermination(ContainerStatus s) {
    return s.lastState() != null && s.lastState().terminated() != null;
  }

  /** The kubelet's counters, one method per kind of container. */
  private static final class Counts {
    int pendingRegularInit;
    int pendingSidecars;
    int failedInit;
    int unknown;
    int running;
    int waiting;
    int stopped;
    int succeeded;

    void regularInit(ContainerStatus s) {
      if (s == null || s.state() == null || s.state().running() != null) {
        pendingRegularInit++;
      } else if (s.state().terminated() != null) {
        if (s.state().terminated().exitCode() != 0) {
          failedInit++;
        }
      } else if (s.state().waiting() != null && hasLastTermination(s)) {
        if (s.lastState().terminated().exitCode() != 0) {
          failedInit++;
        }
      } else {
        pendingRegularInit++;
      }
    }

    void sidecar(ContainerStatus s) {
      if (s == null) {
        unknown++;
      } else if (s.state() != null && s.state().running() != null) {
        if (!Boolean.TRUE.equals(s.started())) {
          pendingSidecars++;
        }
        running++;
      } else if (s.state() != null && s.state().terminated() != null) {
        // A terminated sidecar does not count for the phase.
      } else if (s.state() != null && s.state().waiting() != null) {
        if (!hasLastTermination(s)) {
          pendingSidecars++;
          waiting++;
        }
      } else {
        pendingSidecars++;
        unknown++;
      }
    }

    void app(ContainerStatus s) {
      if (s == null || s.state() == null) {
        unknown++;
      } else if (s.state().running() != null) {
        running++;
      } else if (s.state().terminated() != null) {
        stopped++;
        if (s.state().terminated().exitCode() == 0) {
          succeeded++;
        }
      } else if (s.state().waiting() != null) {
        if (hasLastTermination(s)) {
          stopped++;
        } else {
          waiting++;
        }
      } else {
        unknown++;
      }
    }
  }
}
