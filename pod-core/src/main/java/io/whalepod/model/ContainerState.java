package io.whalepod.model;

/**
 * Exactly one of waiting, running, terminated is set (an all-null value means "no state", as in lastState).
 *
 * @param waiting    set while the container is not running yet or waits to restart
 * @param running    set while the container runs
 * @param terminated set once the container has exited
 */
public record ContainerState(
    ContainerStateWaiting waiting, ContainerStateRunning running, ContainerStateTerminated terminated) {

  /**
   * A waiting state.
   *
   * @param reason why it waits, such as {@code ContainerCreating} or {@code CrashLoopBackOff}
   * @param message detail for the reason; may be null
   * @return the state
   */
  public static ContainerState waiting(String reason, String message) {
    return new ContainerState(new ContainerStateWaiting(reason, message), null, null);
  }

  /**
   * A running state.
   *
   * @param startedAt when the container started; may be null
   * @return the state
   */
  public static ContainerState running(java.time.Instant startedAt) {
    return new ContainerState(null, new ContainerStateRunning(startedAt), null);
  }

  /**
   * A terminated state.
   *
   * @param terminated how the container exited; never null
   * @return the state
   */
  public static ContainerState terminated(ContainerStateTerminated terminated) {
    return new ContainerState(null, null, terminated);
  }
}
