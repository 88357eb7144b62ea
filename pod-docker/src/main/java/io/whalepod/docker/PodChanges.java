package io.whalepod.docker;

import io.whalepod.docker.internal.PodEvents;
import java.time.Duration;

/**
 * A subscription to Docker's events for pods: wait for the next change, or (from
 * {@link PodHandle#onStatusChange}) have a listener called. Close it to end the subscription.
 */
public final class PodChanges implements AutoCloseable {
  private final PodEvents events;

  PodChanges(PodEvents events) {
    this.events = events;
  }

  /**
   * Waits until a container of the watched pods was created, started, stopped or removed.
   *
   * @param timeout how long to wait at most
   * @return true when something changed, false when {@code timeout} passed first
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public boolean awaitChange(Duration timeout) throws InterruptedException {
    return events.awaitChange(timeout);
  }

  @Override
  public void close() {
    events.close();
  }
}
