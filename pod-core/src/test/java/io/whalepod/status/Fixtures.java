package io.whalepod.status;

import io.whalepod.model.ContainerState;
import io.whalepod.model.Pod;
import io.whalepod.model.PodCondition;
import io.whalepod.status.ContainerObservation.State;
import io.whalepod.status.ContainerObservation.Termination;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Pods and observations for status tables, written as briefly as the tables need. */
final class Fixtures {
  static final Instant STARTED = Instant.parse("2024-05-01T10:00:00Z");
  static final Instant FINISHED = Instant.parse("2024-05-01T10:01:00Z");
  static final Instant NOW = Instant.parse("2024-05-01T10:05:00Z");

  private Fixtures() {}

  /**
   * A pod from short names: {@code "init:setup"} an init container, {@code "sidecar:log"} a native sidecar (both
   * in the order given), anything else an app container.
   */
  static Pod pod(String restartPolicy, String... containers) {
    Pod.Builder builder = Pod.named("web").restartPolicy(restartPolicy);
    for (String c : containers) {
      if (c.startsWith("init:")) {
        builder.initContainer(b -> b.name(c.substring(5)).image("busybox"));
      } else if (c.startsWith("sidecar:")) {
        builder.sidecar(b -> b.name(c.substring(8)).image("busybox"));
      } else {
        builder.container(b -> b.name(c).image("busybox"));
      }
    }
    return builder.build();
  }

  /** What the runtime saw; containers of the pod left out are not created yet. */
  static PodObservation observed(Pod pod, ContainerObservation... containers) {
    List<ContainerObservation> init = new ArrayList<>();
    List<ContainerObservation> app = new ArrayList<>();
    for (ContainerObservation o : containers) {
      boolean isInit = pod.spec().initContainers().stream().anyMatch(c -> c.name().equals(o.name()));
      (isInit ? init : app).add(o);
    }
    return new PodObservation(true, true, true, "10.88.0.5", "192.168.1.10", STARTED, init, app, false);
  }

  static PodObservation unreachable(PodObservation o) {
    return new PodObservation(false, o.scheduled(), o.sandboxRunning(), o.podIP(), o.hostIP(), o.startTime(),
        o.initContainers(), o.containers(), o.deleting());
  }

  static PodObservation deleting(PodObservation o) {
    return new PodObservation(o.engineReachable(), o.scheduled(), o.sandboxRunning(), o.podIP(), o.hostIP(),
        o.startTime(), o.initContainers(), o.containers(), true);
  }

  static PodObservation unscheduled(PodObservation o) {
    return new PodObservation(o.engineReachable(), false, false, null, null, null, List.of(), List.of(), false);
  }

  static ContainerObservation created(String name) {
    return container(name, State.CREATED, null, 0, false, 0, null, false, false);
  }

  /** Running, started and ready (no probes, or probes passed). */
  static ContainerObservation running(String name) {
    return container(name, State.RUNNING, null, 0, false, 0, null, true, true);
  }

  /** Running while its startup probe has not passed yet. */
  static ContainerObservation runningNotStarted(String name) {
    return container(name, State.RUNNING, null, 0, false, 0, null, false, false);
  }

  /** Running and started, readiness probe failing. */
  static ContainerObservation runningNotReady(String name) {
    return container(name, State.RUNNING, null, 0, false, 0, null, false, true);
  }

  /** Running again after {@code restarts} restarts, the last run ended with {@code lastExit}. */
  static ContainerObservation restarted(String name, int restarts, int lastExit) {
    return container(name, State.RUNNING, null, 0, false, restarts, termination(lastExit), true, true);
  }

  static ContainerObservation exited(String name, int exitCode) {
    return container(name, State.EXITED, null, exitCode, false, 0, null, false, false);
  }

  static ContainerObservation oomKilled(String name) {
    return container(name, State.EXITED, null, 137, true, 0, null, false, false);
  }

  /** Exited with {@code exitCode}; the runtime holds the restart back (CrashLoopBackOff). */
  static ContainerObservation crashLooping(String name, int exitCode, int restarts) {
    return container(name, State.EXITED, "CrashLoopBackOff", exitCode, false, restarts, null, false, false);
  }

  /** Never created: the runtime knows why (ImagePullBackOff, ErrImageNeverPull, …). */
  static ContainerObservation waiting(String name, String reason) {
    return container(name, State.NOT_CREATED, reason, 0, false, 0, null, false, false);
  }

  /** A state as a short string: {@code waiting:CrashLoopBackOff}, {@code running}, {@code terminated:Error:1}. */
  static String describe(ContainerState state) {
    if (state.waiting() != null) {
      return "waiting:" + state.waiting().reason();
    }
    if (state.running() != null) {
      return "running";
    }
    if (state.terminated() != null) {
      return "terminated:" + state.terminated().reason() + ":" + state.terminated().exitCode();
    }
    return "none";
  }

  /** A condition as a short string: {@code True}, {@code False:ContainersNotReady}. */
  static String describe(PodCondition condition) {
    return condition.reason() == null ? condition.status() : condition.status() + ":" + condition.reason();
  }

  /** The pod with the status computed from the observation, as {@code status()} would return it. */
  static Pod withStatus(Pod pod, PodObservation observed) {
    return pod.withStatus(PodStatusCalculator.compute(pod, observed, NOW));
  }

  static Termination termination(int exitCode) {
    return new Termination(exitCode, false, STARTED, FINISHED, "docker://previous");
  }

  private static ContainerObservation container(String name, State state, String waitingReason, int exitCode,
      boolean oom, int restarts, Termination last, boolean ready, boolean started) {
    boolean ran = state == State.RUNNING || state == State.EXITED;
    return new ContainerObservation(name, state, waitingReason, waitingReason == null ? null : "back-off",
        exitCode, oom, ran ? STARTED : null, state == State.EXITED ? FINISHED : null, restarts, last, ready,
        started, state == State.NOT_CREATED ? null : "docker://" + name, "busybox",
        state == State.NOT_CREATED ? null : "sha256:abc");
  }
}
