package io.whalepod.docker.internal;

import io.whalepod.model.Pod;
import io.whalepod.plan.KillReason;
import java.time.Duration;
import java.util.concurrent.Executor;

/** Where a container that must be stopped (a probe or its postStart hook failed) is reported. */
@FunctionalInterface
public interface KillRequests {
  /**
   * Asks for a running container to be stopped.
   *
   * @param grace how long it may take to stop; zero kills at once
   */
  void request(Pod pod, String containerName, String containerId, KillReason reason, Duration grace);

  /** For pods no supervisor here plans for: the container is stopped at once, off the caller's thread. */
  static KillRequests stopAtOnce(PodRemover remover, Executor executor) {
    return (pod, name, id, reason, grace) -> executor.execute(() -> remover.stopContainer(id, grace));
  }
}
