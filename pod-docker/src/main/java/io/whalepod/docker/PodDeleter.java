package io.whalepod.docker;

import io.whalepod.docker.internal.ContainerIo;
import io.whalepod.docker.internal.PodRemover;
import io.whalepod.model.ExecAction;
import io.whalepod.model.LifecycleHandler;
import io.whalepod.model.Pod;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes a pod: preStop hooks (exec) inside the grace period, then SIGTERM, then SIGKILL; see {@link PodRemover}. */
final class PodDeleter {
  private static final Logger log = LoggerFactory.getLogger(PodDeleter.class);

  private final PodRemover remover;
  private final ContainerIo io;
  private final Consumer<String> beforeDelete;

  /** @param beforeDelete told the pod's uid first, so nothing restarts what is being deleted */
  PodDeleter(PodRemover remover, ContainerIo io, Consumer<String> beforeDelete) {
    this.remover = remover;
    this.io = io;
    this.beforeDelete = beforeDelete;
  }

  /** @param grace null for the pod's own terminationGracePeriodSeconds */
  void delete(Pod pod, Duration grace) {
    Duration period = grace != null ? grace : pod.spec().terminationGracePeriod();
    beforeDelete.accept(pod.metadata().uid());
    List<String> sidecars = pod.spec().sidecarStopOrder().stream().map(c -> c.name()).toList();
    remover.remove(pod.metadata().uid(), period, (containerId, name) -> preStop(pod, containerId, name), sidecars);
  }

  private void preStop(Pod pod, String containerId, String name) {
    LifecycleHandler hook = pod.spec().container(name)
        .map(c -> c.lifecycle() == null ? null : c.lifecycle().preStop()).orElse(null);
    if (hook != null && hook.handler() instanceof ExecAction exec) {
      try {
        var result = io.exec(containerId, exec.command());
        log.debug("pod {} container {}: preStop exited {}", pod.name(), name, result.exitCode());
      } catch (RuntimeException e) {
        // Kubernetes goes on with the stop when a hook fails (FailedPreStopHook event).
        log.warn("pod {} container {}: preStop hook failed: {}", pod.name(), name, e.getMessage());
      }
    }
  }
}
