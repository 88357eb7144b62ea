package io.whalepod.status;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of {@code kubectl describe}'s Events table: what happened to a pod, from whom, how often.
 *
 * @param type            Normal or Warning
 * @param reason          kubelet's reason, for example Scheduled, Pulled, Created, Started, BackOff, Killing
 * @param source          who reports it: {@code default-scheduler} or {@code kubelet}
 * @param message         kubelet's wording
 * @param firstTimestamp  when it first happened; may be null when Docker kept no time
 * @param lastTimestamp   when it last happened; may be null when Docker kept no time
 * @param count           how often it happened (restarts repeat Created and Started)
 */
public record PodEvent(Type type, String reason, String source, String message, Instant firstTimestamp,
    Instant lastTimestamp, int count) {

  /** Kubernetes' two event types. */
  public enum Type {
    /** Something went as expected. */
    Normal,
    /** Something went wrong or may need attention. */
    Warning
  }

  /**
   * Checks the required parts.
   *
   * @param type           Normal or Warning
   * @param reason         kubelet's reason, for example Scheduled, Pulled, Created, Started, BackOff, Killing
   * @param source         who reports it: {@code default-scheduler} or {@code kubelet}
   * @param message        kubelet's wording
   * @param firstTimestamp when it first happened; may be null when Docker kept no time
   * @param lastTimestamp  when it last happened; may be null when Docker kept no time
   * @param count          how often it happened (restarts repeat Created and Started)
   * @throws NullPointerException if {@code type} or {@code reason} is null
   */
  public PodEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reason, "reason");
  }
}
