package io.whalepod.plan;

import java.time.Instant;

/**
 * Start (create and run) a container as a new attempt, not before a time: the restart back-off.
 *
 * @param name          the spec container's name
 * @param attempt       the attempt to create
 * @param notBefore     the earliest start: the exit plus the back-off delay
 * @param restartsAfter the consecutive restarts the new run records (the next back-off counts from them)
 */
public record ContainerStart(String name, int attempt, Instant notBefore, int restartsAfter) {
  /**
   * Whether the start is due.
   *
   * @param now the current time
   * @return true once {@code notBefore} has come
   */
  public boolean due(Instant now) {
    return !notBefore.isAfter(now);
  }
}
