package io.whalepod.model;

/** Waiting, with a reason such as ContainerCreating, PodInitializing or CrashLoopBackOff. */
public record ContainerStateWaiting(String reason, String message) {}
