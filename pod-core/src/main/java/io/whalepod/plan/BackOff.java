package io.whalepod.plan;

import java.time.Duration;
import java.util.Objects;

/**
 * The kubelet's restart back-off: the first restart at once, then {@code initial} doubling up to {@code max};
 * a container that ran at least {@code resetAfter} starts over. Kubernetes uses 10 s, 5 min and 10 min.
 *
 * @param initial    the delay before the second restart
 * @param max        the cap of the delay
 * @param resetAfter a run this long forgets earlier failures
 */
public record BackOff(Duration initial, Duration max, Duration resetAfter) {
  /** Kubernetes' own values. */
  public static final BackOff KUBERNETES = new BackOff(Duration.ofSeconds(10), Duration.ofMinutes(5),
      Duration.ofMinutes(10));

  /**
   * Checks the durations.
   *
   * @param initial    the delay before the second restart
   * @param max        the cap of the delay
   * @param resetAfter a run this long forgets earlier failures
   * @throws NullPointerException if any duration is null
   */
  public BackOff {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(resetAfter, "resetAfter");
  }

  /**
   * How long to wait before the next restart.
   *
   * @param restartsSoFar consecutive restarts already made (0 before the first)
   * @param lastRun       how long the container ran before it exited; never null
   * @return the delay; zero for the first restart and after a run of at least {@code resetAfter}, never more
   *     than {@code max}
   */
  public Duration delay(int restartsSoFar, Duration lastRun) {
    if (restartsSoFar == 0 || lastRun.compareTo(resetAfter) >= 0) {
      return Duration.ZERO;
    }
    Duration delay = initial;
    for (int i = 1; i < restartsSoFar && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }

  /**
   * True when a run of {@code lastRun} resets the count of consecutive restarts.
   *
   * @param lastRun how long the container ran before it exited; never null
   * @return whether the run was long enough to forget earlier failures
   */
  public boolean resets(Duration lastRun) {
    return lastRun.compareTo(resetAfter) >= 0;
  }
}
