package io.whalepod.docker.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * What a pod's supervisor knows that Docker does not show: probe results and restart back-offs. The status is read
 * from Docker and completed with this; an empty answer means this process knows nothing more than Docker shows (it
 * does not supervise the pod, or the pod has no probes, or the container does not wait).
 */
public interface SupervisedStatus {
  /** Whether this process supervises the pod: then its answers are the whole truth, empty ones included. */
  default boolean supervises(String uid) {
    return false;
  }

  /** Whether that run passed its readiness probe; empty when this process does not probe the pod. */
  Optional<Boolean> ready(String uid, String name, int attempt);

  /** Whether that run passed its startup probe; empty when this process does not probe the pod. */
  Optional<Boolean> started(String uid, String name, int attempt);

  /** How long the exited run still waits for its restart (CrashLoopBackOff); empty when it does not wait. */
  Optional<Duration> backOffRemaining(String uid, String name, int exitedAttempt);
}
