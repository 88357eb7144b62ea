package io.whalepod.plan;

import java.util.List;
import java.util.Map;

/**
 * What the supervisor remembers of a pod beyond what the engine shows: the plan's third input.
 *
 * @param restarts             consecutive restarts by container name (the back-off counts from them)
 * @param appsFinished         the app containers are done for good and the sidecars were stopped: nothing runs again
 * @param startSequenceRunning a start sequence (init containers one at a time, then the apps) is running now: the
 *                             plan leaves the init containers to it
 * @param requestedKills       kills asked for since the last plan (a probe or a postStart hook failed)
 */
public record PodMemory(Map<String, Integer> restarts, boolean appsFinished, boolean startSequenceRunning,
    List<ContainerKill> requestedKills) {
  /** A pod just taken on: no restarts, nothing asked. */
  public static final PodMemory FRESH = new PodMemory(Map.of(), false, false, List.of());

  /**
   * Copies the collections.
   *
   * @param restarts             consecutive restarts by container name
   * @param appsFinished         the apps are done for good and the sidecars were stopped
   * @param startSequenceRunning a start sequence is running now
   * @param requestedKills       kills asked for since the last plan
   */
  public PodMemory {
    restarts = Map.copyOf(restarts);
    requestedKills = List.copyOf(requestedKills);
  }

  /**
   * The consecutive restarts of a container so far.
   *
   * @param name the spec container's name
   * @return 0 before its first restart
   */
  public int restartsOf(String name) {
    return restarts.getOrDefault(name, 0);
  }
}
