package io.whalepod.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the supervisor remembers of a pod beyond what the engine shows: the plan's third input.
 *
 * @param appsFinished         the app containers are done for good and the sidecars were stopped: nothing runs again
 * @param startSequenceRunning a start sequence (init containers one at a time, then the apps) is running now: the
 *                             plan leaves the init containers to it
 * @param requestedKills       kills asked for since the last plan (a probe or a postStart hook failed)
 * @param exitsSeen            by container name: when the supervisor first saw its newest run exited, on its own
 *                             clock. The back-off counts from it, so an engine whose clock is off (a VM, a remote
 *                             host) cannot shorten or lengthen it; without it, from the engine's finish time.
 */
public record PodMemory(boolean appsFinished, boolean startSequenceRunning, List<ContainerKill> requestedKills,
    Map<String, ExitSeen> exitsSeen) {
  /** A pod just taken on: nothing asked, nothing seen. */
  public static final PodMemory FRESH = new PodMemory(false, false, List.of(), Map.of());

  /**
   * When a run's exit was first seen.
   *
   * @param attempt the run
   * @param at      when, on the supervisor's clock
   */
  public record ExitSeen(int attempt, Instant at) {}

  /**
   * Copies the collections.
   *
   * @param appsFinished         the apps are done for good and the sidecars were stopped
   * @param startSequenceRunning a start sequence is running now
   * @param requestedKills       kills asked for since the last plan
   * @param exitsSeen            when each container's newest exit was first seen
   */
  public PodMemory {
    requestedKills = List.copyOf(requestedKills);
    exitsSeen = Map.copyOf(exitsSeen);
  }

  /**
   * When the supervisor first saw that run exited.
   *
   * @param name    the spec container's name
   * @param attempt the run
   * @return the time; empty when not recorded
   */
  public Optional<Instant> exitSeen(String name, int attempt) {
    return Optional.ofNullable(exitsSeen.get(name)).filter(seen -> seen.attempt() == attempt).map(ExitSeen::at);
  }
}
