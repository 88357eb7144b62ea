package io.whalepod.docker.internal;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What the supervisor asks the engine about a supervised pod's containers, and the old attempts it removes. */
final class SupervisedContainers {
  private final DockerClients clients;

  SupervisedContainers(DockerClients clients) {
    this.clients = clients;
  }

  /** Under OnFailure, a pod whose app containers all exited 0 has Succeeded. */
  boolean succeeded(PodStarter.Started pod) {
    if (!"OnFailure".equals(pod.pod().spec().restartPolicy())) {
      return false;
    }
    var containers = clients.podContainers(pod.pod().metadata().uid());
    for (io.whalepod.model.Container app : pod.pod().spec().containers()) {
      Optional<Container> current = ContainerObservations.current(app.name(), containers);
      if (current.isEmpty()) {
        return false;
      }
      var state = clients.client().inspectContainerCmd(current.get().getId()).exec().getState();
      if (!"exited".equals(state.getStatus()) || !Long.valueOf(0).equals(state.getExitCodeLong())) {
        return false;
      }
    }
    return true;
  }

  /** How long a container's run lasted (the back-off resets after a long one); zero when unknown. */
  Duration lastRun(String containerId) {
    try {
      var state = clients.client().inspectContainerCmd(containerId).exec().getState();
      Instant started = ContainerObservations.time(state.getStartedAt());
      Instant finished = ContainerObservations.time(state.getFinishedAt());
      return started == null || finished == null ? Duration.ZERO : Duration.between(started, finished);
    } catch (RuntimeException e) {
      return Duration.ZERO;
    }
  }

  /** What became of a pod's pause container. */
  enum Sandbox {
    /** Removed: another process deleted the pod. */
    GONE,
    /** There, not running: it died. */
    STOPPED,
    /** Running: it never died, or it was started again. */
    RUNNING;

    boolean exists() {
      return this != GONE;
    }
  }

  /** One inspect of the pause container. */
  Sandbox sandbox(String sandboxId) {
    try {
      return Boolean.TRUE.equals(clients.client().inspectContainerCmd(sandboxId).exec().getState().getRunning())
          ? Sandbox.RUNNING : Sandbox.STOPPED;
    } catch (NotFoundException e) {
      return Sandbox.GONE;
    }
  }

  /** Keeps the new container and the one before it (lastState), as the kubelet keeps the last dead container. */
  void removeOlderAttempts(String uid, String name, int current) {
    for (Container c : clients.client().listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(Labels.POD_UID, uid, Labels.CONTAINER_NAME, name)).exec()) {
      int attempt = Labels.attempt(c.getLabels());
      if (attempt < current - 1) {
        clients.client().removeContainerCmd(c.getId()).withForce(true).exec();
      }
    }
  }
}
