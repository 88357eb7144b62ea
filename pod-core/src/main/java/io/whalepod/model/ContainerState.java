package io.whalepod.model;

/** Exactly one of waiting, running, terminated is set (an all-null value means "no state", as in lastState). */
public record ContainerState(
    ContainerStateWaiting waiting, ContainerStateRunning running, ContainerStateTerminated terminated) {

  public static ContainerState waiting(String reason, String message) {
    return new ContainerState(new ContainerStateWaiting(reason, message), null, null);
  }

  public static ContainerState running(java.time.Instant startedAt) {
    return new ContainerState(null, new ContainerStateRunning(startedAt), null);
  }

  public static ContainerState terminated(ContainerStateTerminated terminated) {
    return new ContainerState(null, null, terminated);
  }
}
