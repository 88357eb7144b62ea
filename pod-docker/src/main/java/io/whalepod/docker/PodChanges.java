package io.whalepod.docker;

import io.whalepod.docker.internal.PodChangeSignal;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A subscription to the changes of pods, on the runtime's one Docker event stream: wait for the next change, or
 * (from {@link PodHandle#onStatusChange}) have a listener called. Close it to end the subscription.
 */
public final class PodChanges implements AutoCloseable {
  private final PodChangeSignal events;

  PodChanges(PodChangeSignal events) {
    this.events = events;
  }

  /**
   * Waits until a container of the watched pods was created, started, stopped or removed.
   *
   * @param timeout how long to wait at most
   * @return true when something changed, false when {@code timeout} passed first
   * @throws InterruptedException when the waiting thread is interrupted
   * @throws IllegalStateException when the runtime is closed meanwhile
   */
  public boolean awaitChange(Duration timeout) throws InterruptedException {
    return events.awaitChange(timeout);
  }

  /**
   * Checks {@code done} now and after every change until it holds or {@code limit} passed: a wait on events, with
   * no polling.
   *
   * @param done the condition; called on the waiting thread
   * @param limit how long to wait at most
   * @return true when {@code done} held in time, false when {@code limit} passed first
   * @throws InterruptedException when the waiting thread is interrupted
   * @throws IllegalStateException when the runtime is closed meanwhile
   */
  public boolean until(BooleanSupplier done, Duration limit) throws InterruptedException {
    return events.until(done, limit);
  }

  @Override
  public void close() {
    events.close();
  }
}
