package io.whalepod.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the supervisor does next for one pod, as {@link PodPlan} decided it. Starts not yet due are the containers
 * waiting in back-off (CrashLoopBackOff); the supervisor looks again at {@code lookAgainAt}.
 *
 * @param release        true when a deleter marked the pod: do nothing to it (the deleter stops and removes it)
 *                       until its sandbox is gone
 * @param finishDeletion true when the sandbox is gone: another process deleted the pod; remove what is left
 * @param rebuild        rebuild the pod around its dead sandbox; null when not
 * @param nextInit       the init container to run next (then the rest of the start sequence); null when none
 * @param starts         app containers and sidecars to start as their next attempt, each with its earliest time
 * @param kills          running containers to stop, with the reason
 * @param appsFinished   the app containers are done for good: the sidecars stop now and nothing runs again
 * @param stopSidecars   the native sidecars to stop, in this order
 * @param lookAgainAt    when a waiting start falls due; null when nothing waits
 */
public record PodActions(boolean release, boolean finishDeletion, SandboxRebuild rebuild, ContainerStart nextInit,
    List<ContainerStart> starts, List<ContainerKill> kills, boolean appsFinished, List<String> stopSidecars,
    Instant lookAgainAt) {
  /** Nothing to do. */
  public static final PodActions NONE = new PodActions(false, false, null, null, List.of(), List.of(), false, List.of(),
      null);

  /**
   * Copies the lists.
   *
   * @param release        true when a deleter marked the pod
   * @param finishDeletion true when the sandbox is gone
   * @param rebuild        the rebuild, or null
   * @param nextInit       the next init container, or null
   * @param starts         containers to start
   * @param kills          containers to stop
   * @param appsFinished   the apps are done for good
   * @param stopSidecars   sidecars to stop, in order
   * @param lookAgainAt    when a waiting start falls due, or null
   */
  public PodActions {
    starts = List.copyOf(starts);
    kills = List.copyOf(kills);
    stopSidecars = List.copyOf(stopSidecars);
  }

  /** Let go of a pod another process is deleting. */
  static final PodActions RELEASE = new PodActions(true, false, null, null, List.of(), List.of(), false, List.of(),
      null);

  /**
   * The rebuild, if one is due.
   *
   * @return the rebuild; empty when the sandbox is fine
   */
  public Optional<SandboxRebuild> sandboxRebuild() {
    return Optional.ofNullable(rebuild);
  }

  /**
   * The init container to run next, if any.
   *
   * @return the start; empty when no init container is to run
   */
  public Optional<ContainerStart> initToRun() {
    return Optional.ofNullable(nextInit);
  }

  /**
   * The start waiting for the given container to restart, if it backs off.
   *
   * @param name the spec container's name
   * @param now  the current time
   * @return the start that is not due yet; empty when the container does not wait
   */
  public Optional<ContainerStart> waiting(String name, Instant now) {
    return java.util.stream.Stream.concat(starts.stream(), Optional.ofNullable(nextInit).stream())
        .filter(start -> start.name().equals(name) && !start.due(now))
        .findFirst();
  }
}
