package io.whalepod.model;

import java.time.Instant;

/**
 * Running since {@code startedAt}.
 *
 * @param startedAt when the container started
 */
public record ContainerStateRunning(Instant startedAt) {}
