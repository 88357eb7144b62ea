package io.whalepod.model;

/**
 * Container lifecycle hooks; either may be null.
 *
 * @param postStart run right after the container started
 * @param preStop run before the container is stopped
 */
public record Lifecycle(LifecycleHandler postStart, LifecycleHandler preStop) {}
