package io.whalepod.model;

/** Observed state of one container, as {@code kubectl get pod -o yaml} shows it. */
public record ContainerStatus(
    String name,
    ContainerState state,
    ContainerState lastState,
    boolean ready,
    int restartCount,
    String image,
    String imageID,
    String containerID,
    Boolean started) {}
