package io.whalepod.model;

import java.time.Instant;

/**
 * Exited; reason Completed, Error or OOMKilled.
 *
 * @param exitCode the process's exit code
 * @param signal the signal that ended it, or null
 * @param reason Completed, Error or OOMKilled
 * @param message a human-readable detail, or null
 * @param startedAt when the container started
 * @param finishedAt when it exited
 * @param containerID {@code docker://} and the Docker id
 */
public record ContainerStateTerminated(
    int exitCode, Integer signal, String reason, String message, Instant startedAt, Instant finishedAt,
    String containerID) {}
