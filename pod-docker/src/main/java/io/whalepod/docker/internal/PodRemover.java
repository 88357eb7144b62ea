package io.whalepod.docker.internal;

import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes a pod by its uid label (docs/behaviour.md §4): members stop in parallel (SIGTERM, then SIGKILL after the grace
 * period), then every container, sandbox included, is removed at once, then the pod's volumes. Everything is found
 * by label, so it also cleans up after a crash, and "already gone" counts as done: deleting twice is fine.
 */
public final class PodRemover {
  private static final Logger log = LoggerFactory.getLogger(PodRemover.class);

  private static final int VOLUME_IN_USE_RETRIES = 10;

  private final DockerClients clients;
  private final Executor executor;

  public PodRemover(DockerClients clients, Executor executor) {
    this.clients = clients;
    this.executor = executor;
  }

  /** What runs in a running member before its stop signal, inside the grace period (preStop hooks). */
  @FunctionalInterface
  public interface BeforeStop {
    /**
     * @param containerId the member's Docker id
     * @param containerName the member's name in the pod's spec
     */
    void run(String containerId, String containerName);
  }

  /**
   * Removes everything labelled with {@code uid}.
   *
   * @param grace how long members may take to stop after SIGTERM; ZERO kills at once (rollback)
   * @param beforeStop runs for each running member before its stop signal (preStop hooks); may be null
   * @param sidecarStopOrder native sidecars, in the order they stop: after every app container (reverse spec order)
   */
  public void remove(String uid, Duration grace, BeforeStop beforeStop, List<String> sidecarStopOrder) {
    // The volumes are listed while the containers go: only their removal has to wait for the containers.
    CompletableFuture<List<InspectVolumeResponse>> volumes =
        CompletableFuture.supplyAsync(() -> volumesOf(uid), executor);
    List<ListedContainer> containers = clients.podContainers(uid);
    List<ListedContainer> members = containers.stream().filter(c -> c.type() != Labels.Type.SANDBOX).toList();
    if (!grace.isZero()) {
      List<ListedContainer> running = members.stream().filter(ListedContainer::running).toList();
      Parallel.map(executor, running.stream().filter(c -> !isSidecar(c, sidecarStopOrder)).toList(), c -> {
        stop(c, grace, beforeStop);
        return c;
      });
      for (String sidecar : sidecarStopOrder) {
        running.stream().filter(c -> sidecar.equals(c.name()))
            .forEach(c -> stop(c, grace, beforeStop));
      }
    }
    // Force-remove kills what still runs (SIGKILL): after the grace period, or at once on rollback. The sandbox goes
    // together with the members, as `docker rm -f` of them all does: a member's namespaces outlive the pause process
    // for as long as the member runs, and it is being killed too.
    Parallel.map(executor, containers, this::removeContainer);
    removeVolumes(Parallel.join(volumes));
  }

  public void remove(String uid, Duration grace) {
    remove(uid, grace, null, List.of());
  }

  /** Stops one container: SIGTERM, then SIGKILL after {@code grace} (a probe failed; the restart policy decides). */
  public void stopContainer(String containerId, Duration grace) {
    ignoringGone(() -> clients.longCalls().stopContainerCmd(containerId).withTimeout((int) grace.toSeconds()).exec());
  }

  private static boolean isSidecar(ListedContainer c, List<String> sidecars) {
    return c.type() == Labels.Type.INIT && sidecars.contains(c.name());
  }

  private void stop(ListedContainer container, Duration grace, BeforeStop beforeStop) {
    long started = System.nanoTime();
    if (beforeStop != null) {
      beforeStop.run(container.id(), container.name());
    }
    Duration left = grace.minusNanos(System.nanoTime() - started);
    int seconds = (int) Math.max(0, Math.ceil(left.toMillis() / 1000.0));
    ignoringGone(() -> clients.longCalls().stopContainerCmd(container.id()).withTimeout(seconds).exec());
  }

  private ListedContainer removeContainer(ListedContainer container) {
    ignoringGone(() -> clients.client().removeContainerCmd(container.id()).withForce(true).exec());
    return container;
  }

  private List<InspectVolumeResponse> volumesOf(String uid) {
    var volumes = clients.client().listVolumesCmd()
        .withFilter("label", List.of(Labels.POD_UID + "=" + uid)).exec().getVolumes();
    return volumes == null ? List.of() : volumes;
  }

  private void removeVolumes(List<InspectVolumeResponse> volumes) {
    if (volumes.isEmpty()) {
      return;
    }
    Parallel.map(executor, volumes, v -> {
      removeVolume(v.getName());
      return v;
    });
  }

  /**
   * A volume still "in use" belongs to a container another process is removing right now (two deletes of one
   * pod): wait for that removal briefly, then leave the volume to that process, which removes it after.
   */
  private void removeVolume(String name) {
    for (int attempt = 1; ; attempt++) {
      try {
        ignoringGone(() -> clients.client().removeVolumeCmd(name).exec());
        return;
      } catch (ConflictException inUse) {
        if (attempt == VOLUME_IN_USE_RETRIES) {
          log.debug("volume {} still in use; another deleter removes it: {}", name, inUse.getMessage());
          return;
        }
        sleep(Duration.ofMillis(200));
      }
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Another process may be deleting the same pod: "no such container" and "already in progress" mean done. */
  private static void ignoringGone(Runnable call) {
    try {
      call.run();
    } catch (NotFoundException e) {
      log.debug("already gone: {}", e.getMessage());
    } catch (NotModifiedException e) {
      log.debug("already stopped: {}", e.getMessage());
    } catch (ConflictException e) {
      if (!String.valueOf(e.getMessage()).contains("in progress")) {
        throw e;
      }
    }
  }
}
