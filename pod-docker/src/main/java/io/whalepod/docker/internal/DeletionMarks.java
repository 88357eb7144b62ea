package io.whalepod.docker.internal;

import com.github.dockerjava.api.exception.ConflictException;
import io.whalepod.model.Pod;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mark a deleter puts on a pod before it stops anything: a container that never runs, made from the pause image,
 * named after the pod and labelled with when the deletion began, its grace period and the pod's phase then. Every
 * process reads it back, as Kubernetes shows a pod being deleted (metadata.deletionTimestamp and
 * deletionGracePeriodSeconds, Terminating, a finished phase that stays), and a supervisor lets the pod go. Docker's
 * unique names make it a lock: one deleter runs the preStop hooks; another waits for the pod to be gone.
 */
public final class DeletionMarks {
  /** The mark's name in Docker names; upper case cannot clash with a container of the spec. */
  private static final String NAME = "DELETE";

  /**
   * A deletion in progress.
   *
   * @param at           when it began
   * @param graceSeconds the grace period it gives the containers
   * @param phase        the pod's phase when it began; null when unknown
   */
  public record Mark(Instant at, long graceSeconds, String phase) {}

  private DeletionMarks() {}

  /** Marks the pod; false when it carries a mark already (another deleter has it). */
  public static boolean claim(DockerClients clients, Pod pod, String pauseImage, Mark mark) {
    Map<String, String> labels = Labels.forContainer(pod, NAME, Labels.Type.DELETION, Labels.Attempt.FIRST);
    labels.put(Labels.DELETION_TIMESTAMP, mark.at().toString());
    labels.put(Labels.DELETION_GRACE_SECONDS, Long.toString(mark.graceSeconds()));
    if (mark.phase() != null) {
      labels.put(Labels.PHASE_AT_DELETION, mark.phase());
    }
    try {
      clients.client().createContainerCmd(pauseImage).withName(Labels.containerName(pod, NAME, 0))
          .withLabels(labels).exec();
      return true;
    } catch (ConflictException taken) {
      return false;
    }
  }

  /** The pod's mark among its containers, if it is being deleted. */
  public static Optional<Mark> find(List<ListedContainer> containers) {
    return containers.stream().filter(c -> c.type() == Labels.Type.DELETION).findFirst().map(c -> new Mark(
        Instant.parse(c.labels().get(Labels.DELETION_TIMESTAMP)),
        Long.parseLong(c.labels().getOrDefault(Labels.DELETION_GRACE_SECONDS, "0")),
        c.labels().get(Labels.PHASE_AT_DELETION)));
  }

  /** The pod's mark, read from the engine. */
  public static Optional<Mark> of(DockerClients clients, String uid) {
    return find(clients.listContainers(Map.of(Labels.POD_UID, uid, Labels.CONTAINER_TYPE,
        Labels.Type.DELETION.label())));
  }
}
