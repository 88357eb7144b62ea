package io.whalepod.plan;

import io.whalepod.model.Container;
import io.whalepod.model.Pod;
import io.whalepod.model.PodSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kubelet's rules for what to do next with a pod, as one pure function (its {@code computePodActions}): from the
 * pod's spec, what the engine shows of its sandbox and containers, what the supervisor remembers and the time, to one
 * {@link PodActions}. It reads no clock and calls no engine; the supervisor observes, asks, and carries out.
 *
 * <ul>
 *   <li>A sandbox that is gone means the pod was deleted elsewhere: what is left goes too. A pod marked for
 *       deletion is held still until then: its deleter stops everything, and nothing may restart behind it.
 *   <li>A sandbox one that died is rebuilt unless the pod's policy
 *       is Never or it has Succeeded (Succeeded is final).
 *   <li>An exited app container starts again per restartPolicy; a native sidecar whatever the policy, until the app
 *       containers are done for good: then the sidecars stop, in reverse spec order, and nothing runs again.
 *   <li>A failed init container runs again under Always and OnFailure; under Never the pod has failed.
 *   <li>Every start after an exit waits for the back-off, counted from the exit: the first at once, then
 *       {@link BackOff#initial()} doubling up to {@link BackOff#max()}; a long run resets the count.
 *   <li>A running container whose liveness or startup probe failed, or whose postStart hook failed, is stopped.
 * </ul>
 */
public final class PodPlan {
  private final BackOff backOff;

  /**
   * A plan with a restart back-off.
   *
   * @param backOff the back-off between restarts; never null
   */
  public PodPlan(BackOff backOff) {
    this.backOff = Objects.requireNonNull(backOff, "backOff");
  }

  /**
   * Decides what to do next.
   *
   * @param pod      the pod, with its spec (defaults applied)
   * @param observed what the engine shows now
   * @param memory   what the supervisor remembers of the pod
   * @param now      the current time
   * @return the actions; {@link PodActions#NONE} when there is nothing to do
   */
  public PodActions compute(Pod pod, ObservedPod observed, PodMemory memory, Instant now) {
    PodSpec spec = pod.spec();
    if (observed.sandbox() == SandboxState.GONE) {
      // Deleted elsewhere: whatever a restart created after the deleter listed the pod's containers goes too.
      return new PodActions(false, true, null, null, List.of(), List.of(), false, List.of(), null);
    }
    if (observed.deleting()) {
      return PodActions.RELEASE; // the deleter stops everything: a restart now would outlive its list
    }
    switch (observed.sandbox()) {
      case STOPPED:
        return rebuild(spec, observed, now)
            .map(rebuild -> new PodActions(false, false, rebuild, null, List.of(), List.of(), false, List.of(), null))
            .orElse(PodActions.NONE);
      default:
        break;
    }
    boolean appsFinished = memory.appsFinished() || appsDoneForGood(spec, observed) || initFailedForGood(spec, observed);
    List<String> stopSidecars = memory.appsFinished() || !appsFinished ? List.of() : runningSidecars(spec, observed);
    List<ContainerStart> starts = restarts(spec, observed, memory, appsFinished);
    ContainerStart nextInit = memory.startSequenceRunning() ? null : nextInit(spec, observed, memory);
    Instant lookAgainAt = Stream.concat(starts.stream(), Stream.ofNullable(nextInit))
        .map(ContainerStart::notBefore).filter(at -> at.isAfter(now)).min(Instant::compareTo).orElse(null);
    return new PodActions(false, false, null, nextInit, starts, kills(memory, observed), appsFinished, stopSidecars,
        lookAgainAt);
  }

  /** Whether an exited app container runs again under the pod's policy. */
  private static boolean restarts(PodSpec spec, int exitCode) {
    return RestartDecision.shouldRestart(spec.restartPolicy(), exitCode, false);
  }

  /**
   * A dead sandbox takes the pod's network with it, so the kubelet makes a new one and creates every container
   * again; a pod with init containers runs them first, in order. Never and a Succeeded pod leave it as it is.
   */
  private static Optional<SandboxRebuild> rebuild(PodSpec spec, ObservedPod observed, Instant now) {
    if ("Never".equals(spec.restartPolicy()) || succeeded(spec, observed)) {
      return Optional.empty();
    }
    // As computePodActions: a new sandbox starts from the first init container whenever there is one, and under
    // OnFailure an app container that already succeeded is not run again.
    boolean fromFirstInit = !spec.initContainers().isEmpty();
    List<ContainerStart> recreate = spec.allContainers().stream()
        .filter(c -> !(spec.containers().contains(c) && "OnFailure".equals(spec.restartPolicy())
            && observed.run(c.name()).filter(run -> run.exited() && run.exitCode() == 0).isPresent()))
        .map(c -> observed.run(c.name())
            .map(run -> new ContainerStart(c.name(), run.attempt() + 1, now, run.restartsInARow()))
            .orElse(new ContainerStart(c.name(), 0, now, 0)))
        .toList();
    return Optional.of(new SandboxRebuild(recreate, fromFirstInit));
  }

  /** Under OnFailure, every app container exited 0: the pod Succeeded. (Under Always it never does.) */
  private static boolean succeeded(PodSpec spec, ObservedPod observed) {
    return "OnFailure".equals(spec.restartPolicy()) && spec.containers().stream()
        .allMatch(app -> observed.run(app.name()).filter(run -> run.exited() && run.exitCode() == 0).isPresent());
  }

  /** A pod's sidecars end once every app container exited and none will run again (Kubernetes 1.28+). */
  private static boolean appsDoneForGood(PodSpec spec, ObservedPod observed) {
    return spec.initContainers().stream().anyMatch(Container::isSidecar) && spec.containers().stream()
        .allMatch(app -> observed.run(app.name())
            .filter(run -> run.exited() && !restarts(spec, run.exitCode())).isPresent());
  }

  /** Under Never a failed init container fails the pod: the kubelet stops what runs of it (its sidecars). */
  private static boolean initFailedForGood(PodSpec spec, ObservedPod observed) {
    return "Never".equals(spec.restartPolicy()) && spec.initContainers().stream().anyMatch(Container::isSidecar)
        && spec.initContainers().stream().filter(c -> !c.isSidecar())
            .anyMatch(init -> observed.run(init.name()).filter(run -> run.exited() && run.exitCode() != 0).isPresent());
  }

  private static List<String> runningSidecars(PodSpec spec, ObservedPod observed) {
    return spec.sidecarStopOrder().stream().map(Container::name)
        .filter(name -> observed.run(name).filter(run -> run.state() == ContainerRun.State.RUNNING).isPresent())
        .toList();
  }

  /** App containers and native sidecars: the ones that restart. Regular init containers run once, in order. */
  private static List<Container> supervised(PodSpec spec) {
    return spec.allContainers().stream()
        .filter(c -> c.isSidecar() || !spec.initContainers().contains(c)).toList();
  }

  private List<ContainerStart> restarts(PodSpec spec, ObservedPod observed, PodMemory memory,
      boolean appsFinished) {
    List<ContainerStart> starts = new ArrayList<>();
    for (Container container : supervised(spec)) {
      observed.run(container.name()).filter(ContainerRun::exited)
          .filter(run -> container.isSidecar() ? !appsFinished : restarts(spec, run.exitCode()))
          .ifPresent(run -> starts.add(after(container.name(), run, memory)));
    }
    return starts;
  }

  /**
   * The first init container that has not done its part: a regular one that failed runs again (unless Never); one
   * that has not run yet, or runs, belongs to the start sequence, so the plan waits.
   */
  private ContainerStart nextInit(PodSpec spec, ObservedPod observed, PodMemory memory) {
    for (Container init : spec.initContainers()) {
      Optional<ContainerRun> run = observed.run(init.name());
      boolean done = init.isSidecar()
          ? run.filter(r -> r.state() != ContainerRun.State.CREATED).isPresent()
          : run.filter(r -> r.exited() && r.exitCode() == 0).isPresent();
      if (done) {
        continue;
      }
      return run.filter(r -> !init.isSidecar() && r.exited() && !"Never".equals(spec.restartPolicy()))
          .map(failed -> after(init.name(), failed, memory))
          .orElse(null);
    }
    return null;
  }

  /** The next attempt after an exit, due once the back-off since the exit has passed. */
  private ContainerStart after(String name, ContainerRun exited, PodMemory memory) {
    int soFar = backOff.resets(exited.ranFor()) ? 0 : exited.restartsInARow();
    Instant exitedAt = memory.exitSeen(name, exited.attempt())
        .orElse(exited.finishedAt() == null ? Instant.EPOCH : exited.finishedAt());
    return new ContainerStart(name, exited.attempt() + 1, exitedAt.plus(backOff.delay(soFar, exited.ranFor())),
        soFar + 1);
  }

  private static List<ContainerKill> kills(PodMemory memory, ObservedPod observed) {
    return memory.requestedKills().stream()
        .filter(kill -> observed.run(kill.name())
            .filter(run -> run.attempt() == kill.attempt() && run.state() == ContainerRun.State.RUNNING).isPresent())
        .toList();
  }
}
