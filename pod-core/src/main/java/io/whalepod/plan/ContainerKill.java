package io.whalepod.plan;

import java.time.Duration;

/**
 * Stop a running container: SIGTERM, then SIGKILL after the grace period.
 *
 * @param name    the spec container's name
 * @param attempt the run to stop
 * @param reason  why
 * @param grace   how long it may take to stop; zero kills at once
 */
public record ContainerKill(String name, int attempt, KillReason reason, Duration grace) {}
