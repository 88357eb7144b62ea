package io.whalepod.docker.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the pods of owners that are gone (docs/behaviour.md §4): one label query per runtime start; everything of a pod is
 * found again by its uid label, so a half-removed pod is finished off too. Detached pods carry no owner.
 */
public final class Reaper {
  private static final Logger log = LoggerFactory.getLogger(Reaper.class);

  private final DockerClients clients;
  private final PodRemover remover;
  private final OwnerSession session;

  public Reaper(DockerClients clients, PodRemover remover, OwnerSession session) {
    this.clients = clients;
    this.remover = remover;
    this.session = session;
  }

  /** Removes every owned pod whose owner has died; returns how many. */
  public int reapOrphans() {
    List<ListedContainer> owned = clients.listContainers(Map.of(Labels.CONTAINER_TYPE, Labels.Type.SANDBOX.label()))
        .stream()
        .filter(c -> c.labels().containsKey(OwnerSession.OWNER))
        .filter(c -> session.isDead(c.labels().get(OwnerSession.OWNER), c.labels().get(OwnerSession.OWNER_HOST)))
        .toList();
    for (ListedContainer sandbox : owned) {
      String uid = sandbox.labels().get(Labels.POD_UID);
      log.info("removing pod {} ({}): its owner process is gone", sandbox.labels().get(Labels.POD_NAME), uid);
      remover.remove(uid, Duration.ZERO);
    }
    return owned.size();
  }

  /** Removes every pod that runtime {@code runtimeId} of this JVM owns (it closes, or the JVM is ending). */
  public void removePodsOf(String runtimeId) {
    clients.listContainers(Map.of(OwnerSession.OWNER, session.id(), OwnerSession.OWNER_RUNTIME, runtimeId))
        .forEach(c -> remover.remove(c.labels().get(Labels.POD_UID), Duration.ZERO));
  }
}
