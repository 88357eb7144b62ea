package io.whalepod.docker;

import io.whalepod.docker.internal.DeletionMarks;
import io.whalepod.docker.internal.DockerBackend;
import io.whalepod.docker.internal.PodChangeSignal;
import io.whalepod.docker.internal.PodRemover;
import io.whalepod.model.ExecAction;
import io.whalepod.model.LifecycleHandler;
import io.whalepod.model.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes a pod: first its deletion mark (every process then sees it Terminating, and only one deleter goes on),
 * then preStop hooks (exec) inside the grace period, SIGTERM, SIGKILL; see {@link PodRemover}.
 */
final class PodDeleter {
  private static final Logger log = LoggerFactory.getLogger(PodDeleter.class);
  /** How long past its grace period another process's deletion may take before this one finishes it. */
  private static final Duration TAKE_OVER_AFTER = Duration.ofSeconds(30);

  private final DockerBackend backend;

  PodDeleter(DockerBackend backend) {
    this.backend = backend;
  }

  /** @param grace null for the pod's own terminationGracePeriodSeconds */
  void delete(Pod pod, Duration grace) {
    Duration period = grace != null ? grace : pod.spec().terminationGracePeriod();
    String uid = pod.metadata().uid();
    Optional<String> phase = backend.inspector().withStatus(pod).map(p -> p.status().phase());
    if (phase.isEmpty()) {
      backend.remover().remove(uid, Duration.ZERO); // gone already: what a deleter may have left goes too
      return;
    }
    DeletionMarks.Mark mark = new DeletionMarks.Mark(Instant.now(), period.toSeconds(), phase.get());
    if (!DeletionMarks.claim(backend.clients(), pod, backend.pauseImage(), mark)) {
      awaitOtherDeletion(pod, period);
      backend.remover().remove(uid, Duration.ZERO); // whatever that deleter left, if it gave up or died
      return;
    }
    backend.forget(uid); // nothing restarts what is being deleted
    List<String> sidecars = pod.spec().sidecarStopOrder().stream().map(c -> c.name()).toList();
    backend.remover().remove(uid, period, (containerId, name) -> preStop(pod, containerId, name), sidecars);
  }

  /**
   * Another deleter holds the mark: it runs the preStop hooks and stops the pod; wait for the pod to be gone. A mark
   * not listed yet is being created (Docker reserves the name first): that deleter's grace is then this one's.
   */
  private void awaitOtherDeletion(Pod pod, Duration ownGrace) {
    String uid = pod.metadata().uid();
    Instant takeOverAt = DeletionMarks.of(backend.clients(), uid)
        .map(m -> m.at().plusSeconds(m.graceSeconds())).orElse(Instant.now().plus(ownGrace)).plus(TAKE_OVER_AFTER);
    Duration left = Duration.between(Instant.now(), takeOverAt);
    if (left.isNegative() || left.isZero()) {
      return;
    }
    try (PodChangeSignal changes = PodChangeSignal.ofPod(backend.eventStream(), backend.statusBus(), uid)) {
      changes.until(() -> backend.clients().podContainers(uid).isEmpty(), left);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void preStop(Pod pod, String containerId, String name) {
    LifecycleHandler hook = pod.spec().container(name)
        .map(c -> c.lifecycle() == null ? null : c.lifecycle().preStop()).orElse(null);
    if (hook != null && hook.handler() instanceof ExecAction exec) {
      try {
        var result = backend.io().exec(containerId, exec.command());
        log.debug("pod {} container {}: preStop exited {}", pod.name(), name, result.exitCode());
      } catch (RuntimeException e) {
        // Kubernetes goes on with the stop when a hook fails (FailedPreStopHook event).
        log.warn("pod {} container {}: preStop hook failed: {}", pod.name(), name, e.getMessage());
      }
    }
  }
}
