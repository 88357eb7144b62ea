package io.whalepod.model;

import java.time.Instant;

/** Running since {@code startedAt}. */
public record ContainerStateRunning(Instant startedAt) {}
