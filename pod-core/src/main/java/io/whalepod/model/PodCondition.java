package io.whalepod.model;

import java.time.Instant;

/** One of PodScheduled, Initialized, ContainersReady, Ready; status is "True", "False" or "Unknown". */
public record PodCondition(
    String type, String status, Instant lastProbeTime, Instant lastTransitionTime, String reason, String message) {

  public boolean isTrue() {
    return "True".equals(status);
  }
}
