package io.whalepod.plan;

import java.util.List;

/**
 * What the supervisor remembers of a pod beyond what the engine shows: the plan's third input.
 *
 * @param appsFinished         the app containers are done for good and the sidecars were stopped: nothing runs again
 * @param startSequenceRunning a start sequence (init containers one at a time, then the apps) is running now: the
 *                             plan leaves the init containers to it
 * @param requestedKills       kills asked for since the last plan (a probe or a postStart hook failed)
 */
public record PodMemory(boolean appsFinished, boolean startSequenceRunning, List<ContainerKill> requestedKills) {
  /** A pod just taken on: no restarts, nothing asked. */
  public static final PodMemory FRESH = new PodMemory(false, false, List.of());

  /**
   * Copies the collections.
   *
   * @param appsFinished         the apps are done for good and the sidecars were stopped
   * @param startSequenceRunning a start sequence is running now
   * @param requestedKills       kills asked for since the last plan
   */
  public PodMemory {
    requestedKills = List.copyOf(requestedKills);
  }

}
