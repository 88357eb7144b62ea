package io.whalepod.plan;

import io.whalepod.model.Probe;

/**
 * The kubelet's thresholds for one probe: the result flips to passing after {@code successThreshold} successes in a
 * row and to failing after {@code failureThreshold} failures in a row; in between it keeps its last value.
 * Readiness and startup start failing, liveness starts passing (a container is alive until proven otherwise).
 * Not thread-safe: one probe's runs are sequential.
 */
public final class ProbeCounter {
  private final int successThreshold;
  private final int failureThreshold;
  private boolean passing;
  private int successes;
  private int failures;

  /**
   * @param successThreshold successes in a row that make the probe pass (at least 1)
   * @param failureThreshold failures in a row that make it fail (at least 1)
   * @param initiallyPassing the result before any run
   */
  public ProbeCounter(int successThreshold, int failureThreshold, boolean initiallyPassing) {
    if (successThreshold < 1 || failureThreshold < 1) {
      throw new IllegalArgumentException("thresholds must be at least 1");
    }
    this.successThreshold = successThreshold;
    this.failureThreshold = failureThreshold;
    this.passing = initiallyPassing;
  }

  /**
   * The counter of a probe, with Kubernetes' default thresholds (success 1, failure 3) where it sets none.
   *
   * @param probe            the probe
   * @param initiallyPassing the result before any run: true for liveness, false for startup and readiness
   * @return a fresh counter
   */
  public static ProbeCounter of(Probe probe, boolean initiallyPassing) {
    return new ProbeCounter(probe.effectiveSuccessThreshold(), probe.effectiveFailureThreshold(), initiallyPassing);
  }

  /**
   * Counts one run.
   *
   * @param success whether the run succeeded
   * @return whether the probe passes now
   */
  public boolean record(boolean success) {
    if (success) {
      failures = 0;
      if (++successes >= successThreshold) {
        passing = true;
      }
    } else {
      successes = 0;
      if (++failures >= failureThreshold) {
        passing = false;
      }
    }
    return passing;
  }

  /**
   * The current result, without a run.
   *
   * @return whether the probe passes now
   */
  public boolean passing() {
    return passing;
  }

  /**
   * Whether the last {@code failureThreshold} runs all failed: a liveness or startup probe then kills.
   *
   * @return true once that many runs in a row failed
   */
  public boolean failedOut() {
    return failures >= failureThreshold;
  }
}
