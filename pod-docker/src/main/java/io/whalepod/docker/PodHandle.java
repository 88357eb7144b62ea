package io.whalepod.docker;

import io.whalepod.docker.internal.DockerBackend;
import io.whalepod.model.Pod;
import io.whalepod.model.PodStatus;
import io.whalepod.status.PodEvent;
import io.whalepod.status.PodEventHistory;
import io.whalepod.status.PodObservation;
import io.whalepod.status.PodStatusCalculator;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A pod on the engine. Thread-safe; every call reads Docker afresh, so the handle stays right whoever else
 * changes the pod. {@link #close()} deletes the pod: use it in try-with-resources.
 */
public final class PodHandle implements AutoCloseable {
  private final Pod pod;
  private final DockerBackend backend;
  private final PodDeleter deleter;
  /** No node fits the pod (nodeName, nodeSelector): nothing exists on the engine, the status says why. */
  private final boolean unscheduled;
  private final PodWaits waits;

  /** @param unscheduled no node fits the pod: nothing was created, and it stays Pending */
  PodHandle(Pod pod, DockerBackend backend, PodDeleter deleter, boolean unscheduled) {
    this.pod = pod;
    this.backend = backend;
    this.deleter = deleter;
    this.unscheduled = unscheduled;
    this.waits = new PodWaits(this, backend);
  }

  /**
   * The pod as applied.
   *
   * @return the pod with defaults filled in, uid and creationTimestamp set; never null
   */
  public Pod pod() {
    return pod;
  }

  /**
   * The pod's name.
   *
   * @return {@code metadata.name}
   */
  public String name() {
    return pod.name();
  }

  /**
   * The pod's namespace.
   *
   * @return {@code metadata.namespace}
   */
  public String namespace() {
    return pod.namespace();
  }

  /**
   * The pod's uid, unique for every run, which labels all its containers and volumes.
   *
   * @return {@code metadata.uid}
   */
  public String uid() {
    return pod.metadata().uid();
  }

  /**
   * The current status, as {@code kubectl get pod -o yaml} shows it.
   *
   * @return the status read from Docker now
   * @throws PodNotFoundException when the pod no longer exists
   */
  public PodStatus status() {
    return get().status();
  }

  /**
   * Whether a node took the pod. One that fits no node (its nodeName or nodeSelector) stays Pending with
   * PodScheduled False, reason Unschedulable, and nothing of it exists on the engine.
   *
   * @return false when no node fits the pod
   */
  public boolean scheduled() {
    return !unscheduled;
  }

  /**
   * The pod with its current status (a Kubernetes Pod object).
   *
   * @return the pod with its status read from Docker now
   * @throws PodNotFoundException when the pod no longer exists
   */
  public Pod get() {
    if (unscheduled) {
      return pod.withStatus(PodStatusCalculator.compute(pod,
          new PodObservation(true, false, false, null, null, null, List.of(), List.of(), false), Instant.now()));
    }
    return backend.inspector().withStatus(pod).orElseThrow(() -> new PodNotFoundException(pod.namespace(), pod.name()));
  }

  /**
   * What {@code kubectl describe pod} would list under Events, derived from the containers Docker holds now (the
   * current and previous run of each): Scheduled, Pulled, Created, Started, BackOff, Killing, ...
   *
   * @return the events, oldest first; never null
   * @throws PodNotFoundException when the pod no longer exists
   */
  public List<PodEvent> events() {
    return PodEventHistory.of(get());
  }

  /**
   * Waits until {@code condition} holds for the pod (with its status), re-checking on every Docker event of its
   * containers, never by polling.
   *
   * @param condition the condition to wait for, tested on the pod with its current status
   * @param timeout how long to wait at most
   * @return the pod as it was when the condition held
   * @throws PodTimeoutException when {@code timeout} passes first
   * @throws PodFailedException when the pod reached Failed or Succeeded without the condition holding: those
   *     phases are final, so waiting longer cannot help; it names the failed container with its last log lines
   * @throws PodException when the runtime is closed meanwhile (by another thread): nothing can be seen any more
   */
  public Pod waitFor(Predicate<Pod> condition, Duration timeout) {
    return waits.until(condition, timeout);
  }

  /**
   * Calls {@code listener} each time the pod's phase, a condition, or a container's state, readiness or restart
   * count changes, as Docker's events report it (no polling). The listener runs on a runtime thread, one call at a
   * time; it is not called for the state at subscription, nor after the pod is gone.
   *
   * @param listener receives the pod with its new status
   * @return the subscription: close it to stop listening
   */
  public PodChanges onStatusChange(Consumer<Pod> listener) {
    return waits.onChange(listener);
  }

  /**
   * Waits until the pod is Running with every container ready, as {@code kubectl wait --for=condition=Ready}.
   *
   * @param timeout how long to wait at most
   * @return the pod as it was when it became ready
   * @throws PodTimeoutException when {@code timeout} passes first
   */
  public Pod waitUntilReady(Duration timeout) {
    return waitFor(PodConditions::isReady, timeout);
  }

  /**
   * Runs a command (no shell) in a running container and waits for it.
   *
   * @param container the container's name in the pod's spec
   * @param command the program and its arguments
   * @return the exit code and output of the command
   * @throws PodException when the spec has no such container or it has not been created
   */
  public ExecResult exec(String container, String... command) {
    return backend.io().exec(containerId(container), List.of(command));
  }

  /**
   * Runs a command (no shell) in a running container with its standard streams wired to {@code streams}, as
   * {@code kubectl exec -i -t}; output is passed on as it comes.
   *
   * @param container the container's name in the pod's spec
   * @param streams where the command reads and writes; never null, and not closed here
   * @param command the program and its arguments
   * @return the command's exit code, -1 when Docker did not report one
   * @throws PodException when the spec has no such container or it has not been created
   */
  public int exec(String container, ExecStreams streams, String... command) {
    return backend.io().exec(containerId(container), List.of(command), streams);
  }

  /**
   * What the container has written so far (stdout and stderr).
   *
   * @param container the container's name in the pod's spec
   * @return the container's log, stdout and stderr interleaved
   * @throws PodException when the spec has no such container or it has not been created
   */
  public String logs(String container) {
    return backend.io().logs(containerId(container));
  }

  /**
   * What the container has written, with {@code kubectl logs}' options. With {@link LogOptions#follow()} this
   * returns only once the container stopped: see {@link #logs(String, LogOptions, OutputStream)} to stream.
   *
   * @param container the container's name in the pod's spec
   * @param options which lines and how; never null ({@link LogOptions#ALL} for everything)
   * @return the container's log, stdout and stderr interleaved; never null
   * @throws PodException when the spec has no such container, it has not been created, or (with
   *     {@link LogOptions#previous()}) it has no previous run
   */
  public String logs(String container, LogOptions options) {
    return backend.io().logs(containerId(container, options.previous()), options);
  }

  /**
   * Writes the container's output to {@code sink} as it arrives (flushed per chunk), until the end of what was
   * written or, with {@link LogOptions#follow()}, until the container stops. {@code sink} is not closed.
   *
   * @param container the container's name in the pod's spec
   * @param options which lines and how; never null ({@link LogOptions#ALL} for everything)
   * @param sink receives stdout and stderr interleaved; never null
   * @throws PodException when the spec has no such container, it has not been created, or (with
   *     {@link LogOptions#previous()}) it has no previous run
   */
  public void logs(String container, LogOptions options, OutputStream sink) {
    backend.io().logs(containerId(container, options.previous()), options, sink);
  }

  /**
   * Copies a host file into a container of the pod (running or stopped), as {@code docker cp} does, replacing a
   * file already at {@code containerPath}. The file is read into memory, owned by root, with mode 0755 when the
   * host file is executable and 0644 otherwise.
   *
   * @param container the container's name in the pod's spec
   * @param hostFile a regular file on the host
   * @param containerPath an absolute file path in the container whose parent directory exists
   * @throws PodException when the spec has no such container, it has not been created, or the engine refuses the
   *     copy (the message says why)
   * @throws IllegalArgumentException when {@code hostFile} is not a regular file or {@code containerPath} is not
   *     an absolute file path
   * @throws java.io.UncheckedIOException when {@code hostFile} cannot be read
   * @throws PodFileNotFoundException when the parent directory of {@code containerPath} does not exist in the
   *     container
   * @throws EngineUnreachableException when the engine does not answer
   */
  public void copyTo(String container, Path hostFile, String containerPath) {
    backend.io().copyTo(pod.name(), container, containerId(container), hostFile, containerPath);
  }

  /**
   * Copies a regular file out of a container of the pod (running or stopped) to a host file, as {@code docker cp}
   * does, replacing {@code hostTarget} if it exists.
   *
   * @param container the container's name in the pod's spec
   * @param containerPath an absolute path of a regular file in the container (a symbolic link is not followed)
   * @param hostTarget the host file to write, not a directory; its parent directory must exist
   * @throws PodException when the spec has no such container, it has not been created, or the engine refuses the
   *     copy (the message says why)
   * @throws IllegalArgumentException when {@code containerPath} names no regular file or {@code hostTarget} is a
   *     directory
   * @throws java.io.UncheckedIOException when the archive cannot be read or {@code hostTarget} written
   * @throws PodFileNotFoundException when {@code containerPath} does not exist in the container
   * @throws EngineUnreachableException when the engine does not answer
   */
  public void copyFrom(String container, String containerPath, Path hostTarget) {
    backend.io().copyFrom(pod.name(), container, containerId(container), containerPath, hostTarget);
  }

  /** Deletes the pod with its own termination grace period. Deleting twice is fine. */
  public void delete() {
    deleter.delete(pod, null);
  }

  /**
   * Deletes the pod, giving members {@code grace} to stop after SIGTERM.
   *
   * @param grace how long members may take to stop before they are killed
   */
  public void delete(Duration grace) {
    deleter.delete(pod, grace);
  }

  /** Deletes the pod. */
  @Override
  public void close() {
    delete();
  }

  private String containerId(String container) {
    return containerId(container, false);
  }

  private String containerId(String container, boolean previous) {
    if (pod.spec().container(container).isEmpty()) {
      throw new PodException(pod.name(), container, "no such container in the pod's spec", null);
    }
    Optional<String> id = backend.inspector().containerId(pod, container, previous ? 1 : 0);
    return id.orElseThrow(() -> new PodException(pod.name(), container,
        previous ? "no previous terminated container" : "container not created (yet)", null));
  }

  @Override
  public String toString() {
    return "pod/" + pod.name() + " (" + pod.namespace() + ", " + uid() + ")";
  }
}
