package io.whalepod.model;

/**
 * Waiting, with a reason such as ContainerCreating, PodInitializing or CrashLoopBackOff.
 *
 * @param reason why the container waits
 * @param message a human-readable detail, or null
 */
public record ContainerStateWaiting(String reason, String message) {}
