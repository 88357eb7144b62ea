package io.whalepod.model;

import java.time.Instant;

/**
 * One of PodScheduled, Initialized, ContainersReady, Ready; status is "True", "False" or "Unknown".
 *
 * @param type the condition's type
 * @param status "True", "False" or "Unknown"
 * @param lastProbeTime when it was last probed, or null
 * @param lastTransitionTime when the status last changed
 * @param reason a machine-readable reason, or null
 * @param message a human-readable detail, or null
 */
public record PodCondition(
    String type, String status, Instant lastProbeTime, Instant lastTransitionTime, String reason, String message) {

  /**
   * Whether the condition holds.
   *
   * @return true when {@code status} is "True"
   */
  public boolean isTrue() {
    return "True".equals(status);
  }
}
