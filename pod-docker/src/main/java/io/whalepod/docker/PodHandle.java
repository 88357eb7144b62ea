package io.whalepod.docker;

import io.whalepod.docker.internal.ContainerIo;
import io.whalepod.docker.internal.DockerClients;
import io.whalepod.docker.internal.PodEvents;
import io.whalepod.docker.internal.PodInspector;
import io.whalepod.model.Pod;
import io.whalepod.model.PodStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A pod on the engine. Thread-safe; every call reads Docker afresh, so the handle stays right whoever else
 * changes the pod. {@link #close()} deletes the pod: use it in try-with-resources.
 */
public final class PodHandle implements AutoCloseable {
  private final Pod pod;
  private final PodInspector inspector;
  private final ContainerIo io;
  private final PodDeleter deleter;
  private final DockerClients clients;

  PodHandle(Pod pod, PodInspector inspector, ContainerIo io, PodDeleter deleter, DockerClients clients) {
    this.clients = clients;
    this.pod = pod;
    this.inspector = inspector;
    this.io = io;
    this.deleter = deleter;
  }

  /** The pod as applied: defaults filled in, uid and creationTimestamp set. Never null. */
  public Pod pod() {
    return pod;
  }

  public String name() {
    return pod.name();
  }

  public String namespace() {
    return pod.namespace();
  }

  public String uid() {
    return pod.metadata().uid();
  }

  /** The current status, as {@code kubectl get pod -o yaml} shows it. */
  public PodStatus status() {
    return get().status();
  }

  /** The pod with its current status (a Kubernetes Pod object). */
  public Pod get() {
    return inspector.withStatus(pod).orElseThrow(() -> new PodNotFoundException(pod.namespace(), pod.name()));
  }

  /**
   * Waits until {@code condition} holds for the pod (with its status), re-checking on every Docker event of its
   * containers, never by polling.
   *
   * @return the pod as it was when the condition held
   * @throws PodTimeoutException when {@code timeout} passes first
   */
  public Pod waitFor(Predicate<Pod> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (PodEvents events = PodEvents.subscribe(clients, uid())) {
      while (true) {
        Pod now = get();
        if (condition.test(now)) {
          return now;
        }
        if (!events.awaitChange(Duration.ofNanos(deadline - System.nanoTime()))) {
          Pod last = get();
          if (condition.test(last)) {
            return last;
          }
          throw new PodTimeoutException(pod.name(), "condition not met within " + timeout + " (phase "
              + (last.status() == null ? "unknown" : last.status().phase()) + ")");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PodTimeoutException(pod.name(), "interrupted while waiting");
    }
  }

  /** Waits until the pod is Running with every container ready, as {@code kubectl wait --for=condition=Ready}. */
  public Pod waitUntilReady(Duration timeout) {
    return waitFor(PodConditions::isReady, timeout);
  }

  /** Runs a command (no shell) in a running container and waits for it. */
  public ExecResult exec(String container, String... command) {
    return io.exec(containerId(container), List.of(command));
  }

  /** What the container has written so far (stdout and stderr). */
  public String logs(String container) {
    return io.logs(containerId(container));
  }

  /** Deletes the pod with its own termination grace period. Deleting twice is fine. */
  public void delete() {
    deleter.delete(pod, null);
  }

  /** Deletes the pod, giving members {@code grace} to stop after SIGTERM. */
  public void delete(Duration grace) {
    deleter.delete(pod, grace);
  }

  /** Deletes the pod. */
  @Override
  public void close() {
    delete();
  }

  private String containerId(String container) {
    if (pod.spec().container(container).isEmpty()) {
      throw new PodException(pod.name(), container, "no such container in the pod's spec", null);
    }
    Optional<String> id = inspector.containerId(pod, container);
    return id.orElseThrow(() -> new PodException(pod.name(), container, "container not created (yet)", null));
  }

  @Override
  public String toString() {
    return "pod/" + pod.name() + " (" + pod.namespace() + ", " + uid() + ")";
  }
}
