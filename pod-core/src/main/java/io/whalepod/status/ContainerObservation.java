package io.whalepod.status;

import java.time.Instant;

/**
 * What the runtime saw of one container of a pod, engine-neutral: the input of {@link PodStatusCalculator}.
 * One observation per spec container; a container not created yet is {@link State#NOT_CREATED}.
 *
 * @param name          the spec container's name
 * @param state         Docker's state, reduced to what the kubelet distinguishes
 * @param waitingReason why a container is not running when the runtime knows better than the state alone
 *                      (ErrImageNeverPull, ImagePullBackOff, CreateContainerConfigError, CrashLoopBackOff); may be null
 * @param waitingMessage detail for the waiting reason; may be null
 * @param exitCode      the exit code when {@link State#EXITED}
 * @param oomKilled     Docker's OOMKilled flag when exited
 * @param startedAt     when the current (or last) run started; may be null
 * @param finishedAt    when it exited; null unless exited
 * @param restartCount  restarts so far (the attempt number of the current container)
 * @param lastTermination the previous run's end, or null when there was none
 * @param ready         readiness as probed (true when the container has no readiness probe and runs)
 * @param started       startup-probe passed (true when it has none and runs)
 * @param containerId   Docker's id with the {@code docker://} prefix; may be null
 * @param image         the image as the spec names it
 * @param imageId       the image id; may be null
 */
public record ContainerObservation(
    String name,
    State state,
    String waitingReason,
    String waitingMessage,
    int exitCode,
    boolean oomKilled,
    Instant startedAt,
    Instant finishedAt,
    int restartCount,
    Termination lastTermination,
    boolean ready,
    boolean started,
    String containerId,
    String image,
    String imageId) {

  /** Docker's container state as the kubelet sees it. */
  public enum State {
    /** No container exists yet. */
    NOT_CREATED,
    /** Created but never started. */
    CREATED,
    /** Running now. */
    RUNNING,
    /** Ran and exited. */
    EXITED
  }

  /**
   * A finished run, kept as lastState.
   *
   * @param exitCode    the run's exit code
   * @param oomKilled   Docker's OOMKilled flag
   * @param startedAt   when the run started; may be null
   * @param finishedAt  when it exited; may be null
   * @param containerId Docker's id with the {@code docker://} prefix; may be null
   */
  public record Termination(int exitCode, boolean oomKilled, Instant startedAt, Instant finishedAt, String containerId) {}

  /**
   * A container that does not exist yet.
   *
   * @param name the spec container's name
   * @param image the image as the spec names it
   * @return an observation in state {@link State#NOT_CREATED}
   */
  public static ContainerObservation notCreated(String name, String image) {
    return new ContainerObservation(name, State.NOT_CREATED, null, null, 0, false, null, null, 0, null, false, false,
        null, image, null);
  }
}
