package io.whalepod.docker.internal;

/**
 * What the JVM that owns pods knows of them beyond Docker: probe results and restart back-offs. Status is read from
 * Docker and completed with this for the owner's own pods.
 *
 * @param prober   the probe results
 * @param backOffs the containers waiting for a restart
 */
public record LocalKnowledge(Prober prober, BackOffs backOffs) {}
