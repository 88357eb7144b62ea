package io.whalepod.docker.internal;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.whalepod.plan.ContainerRun;
import java.time.Instant;

/** A container's run as the plan reads it, from Docker's list entry (its labels) and inspect (its state). */
final class ContainerRuns {
  /** Docker's zero time for "never". */
  private static final String NEVER = "0001-01-01T00:00:00Z";

  private ContainerRuns() {}

  static ContainerRun of(ListedContainer listed, InspectContainerResponse inspected) {
    return run(listed.attempt(), inspected.getState()).withRestartsInARow(Labels.restartsInARow(listed.labels()));
  }

  private static ContainerRun run(int attempt, InspectContainerResponse.ContainerState state) {
    Instant startedAt = time(state.getStartedAt());
    String status = String.valueOf(state.getStatus());
    switch (status) {
      case "created":
        return ContainerRun.created(attempt);
      case "running":
      case "paused":
      case "restarting":
        return ContainerRun.running(attempt, startedAt);
      default: // exited, dead, removing
        Long exitCode = state.getExitCodeLong();
        return ContainerRun.exited(attempt, exitCode == null ? 0 : exitCode.intValue(), startedAt,
            time(state.getFinishedAt()));
    }
  }

  /** Docker's times to the nanosecond: the back-off is counted from the exit. */
  private static Instant time(String dockerTime) {
    return dockerTime == null || dockerTime.isEmpty() || NEVER.equals(dockerTime) ? null : Instant.parse(dockerTime);
  }
}
