package io.whalepod.model;

/** Container lifecycle hooks; either may be null. */
public record Lifecycle(LifecycleHandler postStart, LifecycleHandler preStop) {}
