package io.whalepod.docker.internal;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.whalepod.model.Pod;
import io.whalepod.plan.BackOff;
import io.whalepod.plan.ContainerRun;
import io.whalepod.plan.ObservedPod;
import io.whalepod.plan.PodActions;
import io.whalepod.plan.PodMemory;
import io.whalepod.plan.PodPlan;
import io.whalepod.plan.SandboxState;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What any process can tell of a supervised pod's restarts from the engine alone: the pure plan, run on what Docker
 * shows with the back-off the sandbox records, says which exited run waits and until when (CrashLoopBackOff). So a
 * process that does not supervise the pod (another command, the node agent's clients) shows the same back-off as
 * the one that does. Probe results are not on the engine: for those it knows nothing.
 */
final class DerivedBackOffs implements SupervisedStatus {
  private static final SupervisedStatus NOTHING = new DerivedBackOffs(PodActions.NONE, Instant.EPOCH);

  private final PodActions actions;
  private final Instant now;

  private DerivedBackOffs(PodActions actions, Instant now) {
    this.actions = actions;
    this.now = now;
  }

  /** For a pod whose sandbox records a back-off (a supervised pod); else nothing. */
  static SupervisedStatus of(Pod pod, ListedContainer sandbox, List<ListedContainer> containers,
      Map<String, InspectContainerResponse> inspected, Instant now) {
    Optional<BackOff> backOff = Labels.backOff(sandbox.labels());
    if (backOff.isEmpty()) {
      return NOTHING;
    }
    Map<String, ContainerRun> runs = new HashMap<>();
    pod.spec().allContainers().forEach(spec -> ContainerObservations.current(spec.name(), containers)
        .filter(current -> inspected.containsKey(current.id()))
        .ifPresent(current -> runs.put(spec.name(), ContainerRuns.of(current, inspected.get(current.id())))));
    InspectContainerResponse pause = inspected.get(sandbox.id());
    SandboxState state = pause != null && Boolean.TRUE.equals(pause.getState().getRunning())
        ? SandboxState.RUNNING : SandboxState.STOPPED;
    boolean deleting = DeletionMarks.find(containers).isPresent();
    PodActions actions = new PodPlan(backOff.get())
        .compute(pod, new ObservedPod(state, runs, deleting), PodMemory.FRESH, now);
    return new DerivedBackOffs(actions, now);
  }

  @Override
  public Optional<Boolean> ready(String uid, String name, int attempt) {
    return Optional.empty();
  }

  @Override
  public Optional<Boolean> started(String uid, String name, int attempt) {
    return Optional.empty();
  }

  @Override
  public Optional<Duration> backOffRemaining(String uid, String name, int exitedAttempt) {
    return actions.waiting(name, now).filter(start -> start.attempt() == exitedAttempt + 1)
        .map(start -> Duration.between(now, start.notBefore()));
  }
}
