package io.whalepod.docker.internal;

import io.whalepod.model.Container;
import io.whalepod.model.Handler;
import io.whalepod.model.Pod;
import io.whalepod.plan.ContainerKill;
import io.whalepod.plan.KillReason;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code lifecycle.postStart} right after a container started (docs/behaviour.md §4). A hook that fails is reported, and the
 * container killed, as the kubelet does; the restart policy then decides what follows.
 */
public final class PostStartHooks {
  private static final Logger log = LoggerFactory.getLogger(PostStartHooks.class);
  /** Kubernetes sets no timeout of its own; a hook that hangs this long counts as failed. */
  private static final Duration LIMIT = Duration.ofMinutes(2);

  private final DockerClients clients;
  private final ProbeRunner runner;
  private final KillRequests kills;

  public PostStartHooks(DockerClients clients, ProbeRunner runner, KillRequests kills) {
    this.clients = clients;
    this.runner = runner;
    this.kills = kills;
  }

  /**
   * Runs the container's postStart hook, if it has one.
   *
   * @return true when there is none or it succeeded; false when it failed and the container's kill was asked for
   */
  public boolean run(Pod pod, Container container, PodStarter.Run run, String sandboxId) {
    String containerId = run.containerId();
    Handler hook = container.lifecycle() == null || container.lifecycle().postStart() == null ? null
        : container.lifecycle().postStart().handlers().stream().findFirst().orElse(null);
    if (hook == null) {
      return true;
    }
    String address = hook instanceof io.whalepod.model.ExecAction ? null
        : PodInspector.podAddress(clients, pod, sandboxId);
    if (runner.run(hook, container, containerId, address, LIMIT)) {
      return true;
    }
    log.warn("pod {} container {}: postStart hook failed; killing the container", pod.name(), container.name());
    kills.request(pod, new ContainerKill(container.name(), run.attempt(), KillReason.POST_START_HOOK, Duration.ZERO),
        containerId);
    return false;
  }
}
