package io.whalepod.model;

import java.time.Instant;

/** Exited; reason Completed, Error or OOMKilled. */
public record ContainerStateTerminated(
    int exitCode, Integer signal, String reason, String message, Instant startedAt, Instant finishedAt,
    String containerID) {}
