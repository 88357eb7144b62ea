package io.whalepod.docker.internal;

import io.whalepod.model.Pod;
import io.whalepod.plan.ContainerKill;
import java.util.concurrent.Executor;

/** Where a run that must be stopped (a probe or its postStart hook failed) is reported. */
@FunctionalInterface
public interface KillRequests {
  /**
   * Asks for a running container to be stopped.
   *
   * @param kill        which run, why, and its grace period
   * @param containerId the run's Docker id
   */
  void request(Pod pod, ContainerKill kill, String containerId);

  /** For pods no supervisor here plans for: stopped without a plan (SIGTERM, then SIGKILL), off the caller's thread. */
  static KillRequests direct(PodRemover remover, Executor executor) {
    return (pod, kill, id) -> executor.execute(() -> remover.stopContainer(id, kill.grace()));
  }
}
