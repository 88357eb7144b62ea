package io.whalepod.cli;

import io.whalepod.docker.PodChanges;
import io.whalepod.docker.PodRuntime;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition on a namespace's pods, re-checked on each Docker event of their containers: no polling. */
final class EventWaits {
  private EventWaits() {}

  /**
   * Checks {@code done} now and after every change, until it holds or {@code limit} passed.
   *
   * @return true when {@code done} held in time
   */
  static boolean until(PodRuntime runtime, String namespace, BooleanSupplier done, Duration limit) {
    // Subscribed before the first check, so a change between the two is not missed.
    try (PodChanges changes = runtime.changes(namespace)) {
      return changes.until(done, limit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted");
    }
  }
}
