package io.whalepod.plan;

import java.time.Duration;
import java.time.Instant;

/**
 * The newest run (attempt) of one spec container, as the engine shows it: the plan's view of a container.
 *
 * @param attempt    0 for the first run, one more for each restart or re-creation
 * @param restartsInARow the consecutive restarts before this run, where the next back-off counts from (recorded on
 *                   the run itself, so a supervisor that starts afresh resumes the back-off where it was)
 * @param state      created, running or exited
 * @param exitCode   the exit code once exited; 0 otherwise
 * @param startedAt  when it started; null if it never did
 * @param finishedAt when it exited; null unless exited
 */
public record ContainerRun(int attempt, int restartsInARow, State state, int exitCode, Instant startedAt, Instant finishedAt) {
  /** A run's state as the kubelet distinguishes it. */
  public enum State {
    /** Created, never started. */
    CREATED,
    /** Running now. */
    RUNNING,
    /** Ran and exited. */
    EXITED
  }

  /**
   * A run that is going on.
   *
   * @param attempt   the attempt number
   * @param startedAt when it started
   * @return a running run
   */
  public static ContainerRun running(int attempt, Instant startedAt) {
    return new ContainerRun(attempt, 0, State.RUNNING, 0, startedAt, null);
  }

  /**
   * A run that ended.
   *
   * @param attempt    the attempt number
   * @param exitCode   its exit code
   * @param startedAt  when it started
   * @param finishedAt when it exited
   * @return an exited run
   */
  public static ContainerRun exited(int attempt, int exitCode, Instant startedAt, Instant finishedAt) {
    return new ContainerRun(attempt, 0, State.EXITED, exitCode, startedAt, finishedAt);
  }

  /**
   * A run created and not started yet.
   *
   * @param attempt the attempt number
   * @return a created run
   */
  public static ContainerRun created(int attempt) {
    return new ContainerRun(attempt, 0, State.CREATED, 0, null, null);
  }

  /**
   * This run, with the consecutive restarts before it.
   *
   * @param count the restarts in a row before this run
   * @return a copy with that count
   */
  public ContainerRun withRestartsInARow(int count) {
    return new ContainerRun(attempt, count, state, exitCode, startedAt, finishedAt);
  }

  /**
   * Whether this run ended.
   *
   * @return true once exited
   */
  public boolean exited() {
    return state == State.EXITED;
  }

  /**
   * How long the run lasted (a long one resets the back-off).
   *
   * @return the time between start and exit; zero when either is unknown
   */
  public Duration ranFor() {
    return startedAt == null || finishedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt);
  }
}
