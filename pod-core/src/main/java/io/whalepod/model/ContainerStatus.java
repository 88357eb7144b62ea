package io.whalepod.model;

/**
 * Observed state of one container, as {@code kubectl get pod -o yaml} shows it.
 *
 * @param name the container's name
 * @param state its current state
 * @param lastState its previous state, before the last restart
 * @param ready whether it passes its readiness probe
 * @param restartCount how often it was restarted
 * @param image the image as the spec names it
 * @param imageID the image's id
 * @param containerID {@code docker://} and the Docker id
 * @param started whether it passed its startup probe, or null
 */
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
