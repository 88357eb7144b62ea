package io.whalepod.status;

import io.whalepod.model.Container;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.PodCondition;
import io.whalepod.model.PodSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kubelet-owned pod conditions, as pkg/kubelet/status/generate.go computes them, in the order the kubelet
 * appends them: Initialized, Ready, ContainersReady, PodScheduled. Conditions are built without timestamps;
 * {@link #stamped} sets lastTransitionTime as the status manager does.
 */
public final class Conditions {
  /** Condition type: every init container has completed, or (a sidecar) started. */
  public static final String INITIALIZED = "Initialized";
  /** Condition type: the pod can serve requests. */
  public static final String READY = "Ready";
  /** Condition type: every sidecar and app container is ready. */
  public static final String CONTAINERS_READY = "ContainersReady";
  /** Condition type: the pod is bound to a node. */
  public static final String POD_SCHEDULED = "PodScheduled";

  /** All related containers have succeeded. */
  public static final String POD_COMPLETED = "PodCompleted";
  /** The pod has failed, so its containers are not ready. */
  public static final String POD_FAILED = "PodFailed";
  /** One or more containers are not ready. */
  public static final String CONTAINERS_NOT_READY = "ContainersNotReady";
  /** One or more init containers have not succeeded (or, for sidecars, not started). */
  public static final String CONTAINERS_NOT_INITIALIZED = "ContainersNotInitialized";
  /** The scheduler found no node for the pod. */
  public static final String UNSCHEDULABLE = "Unschedulable";

  private static final String TRUE = "True";
  private static final String FALSE = "False";

  private Conditions() {}

  /**
   * Initialized, Ready, ContainersReady, PodScheduled for a scheduled pod, without timestamps.
   *
   * @param spec the pod's spec; never null
   * @param initStatuses the init containers' statuses; never null
   * @param statuses the app containers' statuses; never null
   * @param phase the pod's phase, one of {@link PodPhases}
   * @return the four conditions; immutable
   */
  public static List<PodCondition> of(PodSpec spec, List<ContainerStatus> initStatuses,
      List<ContainerStatus> statuses, String phase) {
    return List.of(initialized(spec, initStatuses, statuses, phase), ready(spec, initStatuses, statuses, phase),
        containersReady(spec, initStatuses, statuses, phase), condition(POD_SCHEDULED, TRUE, null, null));
  }

  /**
   * PodScheduled False with reason Unschedulable: the only condition of a pod no node accepts.
   *
   * @param message why no node fits, as the scheduler words it; may be null
   * @return the condition
   */
  public static PodCondition unschedulable(String message) {
    return condition(POD_SCHEDULED, FALSE, UNSCHEDULABLE, message);
  }

  /**
   * GeneratePodInitializedCondition: every init container completed (regular) or started (sidecar).
   *
   * @param spec the pod's spec; never null
   * @param initStatuses the init containers' statuses; never null
   * @param statuses the app containers' statuses; never null
   * @param phase the pod's phase, one of {@link PodPhases}
   * @return the Initialized condition
   */
  public static PodCondition initialized(PodSpec spec, List<ContainerStatus> initStatuses,
      List<ContainerStatus> statuses, String phase) {
    List<String> unknown = new ArrayList<>();
    List<String> incomplete = new ArrayList<>();
    for (Container container : spec.initContainers()) {
      Optional<ContainerStatus> status = find(initStatuses, container.name());
      if (status.isEmpty()) {
        unknown.add(container.name());
      } else if (!isInitContainerInitialized(container, status.get())) {
        incomplete.add(container.name());
      }
    }
    if (PodPhases.SUCCEEDED.equals(phase) && unknown.isEmpty()) {
      return condition(INITIALIZED, TRUE, POD_COMPLETED, null);
    }
    // An app container that ran proves the pod initialized before, even while a sidecar restarts.
    if (hasAnyRegularContainerStarted(statuses)) {
      return condition(INITIALIZED, TRUE, null, null);
    }
    String message = message(unknown, incomplete, "incomplete");
    return message.isEmpty()
        ? condition(INITIALIZED, TRUE, null, null)
        : condition(INITIALIZED, FALSE, CONTAINERS_NOT_INITIALIZED, message);
  }

  /**
   * GenerateContainersReadyCondition: every sidecar and app container is ready.
   *
   * @param spec the pod's spec; never null
   * @param initStatuses the init containers' statuses; never null
   * @param statuses the app containers' statuses; never null
   * @param phase the pod's phase, one of {@link PodPhases}
   * @return the ContainersReady condition
   */
  public static PodCondition containersReady(PodSpec spec, List<ContainerStatus> initStatuses,
      List<ContainerStatus> statuses, String phase) {
    List<String> unknown = new ArrayList<>();
    List<String> unready = new ArrayList<>();
    spec.initContainers().stream().filter(Container::isSidecar)
        .forEach(c -> sortByReadiness(c, find(initStatuses, c.name()), unknown, unready));
    spec.containers().forEach(c -> sortByReadiness(c, find(statuses, c.name()), unknown, unready));
    if ((PodPhases.SUCCEEDED.equals(phase) && unknown.isEmpty()) || PodPhases.FAILED.equals(phase)) {
      String reason = PodPhases.FAILED.equals(phase) ? POD_FAILED : POD_COMPLETED;
      return condition(CONTAINERS_READY, FALSE, reason, null);
    }
    String message = message(unknown, unready, "unready");
    return message.isEmpty()
        ? condition(CONTAINERS_READY, TRUE, null, null)
        : condition(CONTAINERS_READY, FALSE, CONTAINERS_NOT_READY, message);
  }

  /**
   * GeneratePodReadyCondition: the same status, reason and message as ContainersReady (the model has no
   * readinessGates, so nothing else can hold Ready back).
   *
   * @param spec the pod's spec; never null
   * @param initStatuses the init containers' statuses; never null
   * @param statuses the app containers' statuses; never null
   * @param phase the pod's phase, one of {@link PodPhases}
   * @return the Ready condition
   */
  public static PodCondition ready(PodSpec spec, List<ContainerStatus> initStatuses,
      List<ContainerStatus> statuses, String phase) {
    PodCondition containersReady = containersReady(spec, initStatuses, statuses, phase);
    return condition(READY, containersReady.status(), containersReady.reason(), containersReady.message());
  }

  /**
   * A regular init container counts once it exited 0 (ready); a sidecar once it started.
   *
   * @param initContainer the init container's spec; never null
   * @param status its status; never null
   * @return whether it no longer holds the pod's initialization back
   */
  public static boolean isInitContainerInitialized(Container initContainer, ContainerStatus status) {
    return initContainer.isSidecar() ? Boolean.TRUE.equals(status.started()) : status.ready();
  }

  /**
   * True when every init container of the spec is initialized.
   *
   * @param spec the pod's spec; never null
   * @param initStatuses the init containers' statuses; one missing counts as not initialized
   * @return true when the pod is initialized, also when it has no init containers
   */
  public static boolean allInitContainersInitialized(PodSpec spec, List<ContainerStatus> initStatuses) {
    return spec.initContainers().stream().allMatch(c ->
        find(initStatuses, c.name()).map(s -> isInitContainerInitialized(c, s)).orElse(false));
  }

  /**
   * The kubelet's HasAnyRegularContainerStarted: an app container is running or has terminated.
   *
   * @param statuses the app containers' statuses; never null
   * @return true when one has run
   */
  public static boolean hasAnyRegularContainerStarted(List<ContainerStatus> statuses) {
    return statuses.stream().anyMatch(s -> s.state() != null
        && (s.state().running() != null || s.state().terminated() != null));
  }

  /**
   * The conditions with lastTransitionTime set: kept from {@code previous} when a condition of that type had the
   * same status, else {@code now}.
   *
   * @param next the conditions as computed now, without timestamps; never null
   * @param previous the conditions last reported; empty for a new pod, never null
   * @param now the time to stamp a changed condition with
   * @return the stamped conditions, in the order of {@code next}; immutable
   */
  public static List<PodCondition> stamped(List<PodCondition> next, List<PodCondition> previous, Instant now) {
    return next.stream().map(c -> {
      Instant since = previous.stream()
          .filter(p -> c.type().equals(p.type()) && c.status().equals(p.status()))
          .map(PodCondition::lastTransitionTime)
          .findFirst().orElse(now);
      return new PodCondition(c.type(), c.status(), c.lastProbeTime(), since, c.reason(), c.message());
    }).toList();
  }

  /** The same conditions with Ready False, as the node lifecycle controller marks pods of an unreachable node. */
  static List<PodCondition> notReady(List<PodCondition> conditions) {
    return conditions.stream()
        .map(c -> READY.equals(c.type()) && TRUE.equals(c.status())
            ? new PodCondition(READY, FALSE, c.lastProbeTime(), c.lastTransitionTime(), null, null)
            : c)
        .toList();
  }

  private static void sortByReadiness(Container container, Optional<ContainerStatus> status, List<String> unknown,
      List<String> unready) {
    if (status.isEmpty()) {
      unknown.add(container.name());
    } else if (!status.get().ready()) {
      unready.add(container.name());
    }
  }

  /** The kubelet's message, names printed as Go prints a slice: {@code [a b]}. */
  private static String message(List<String> unknown, List<String> notDone, String adjective) {
    List<String> parts = new ArrayList<>();
    if (!unknown.isEmpty()) {
      parts.add("containers with unknown status: " + goSlice(unknown));
    }
    if (!notDone.isEmpty()) {
      parts.add("containers with " + adjective + " status: " + goSlice(notDone));
    }
    return String.join(", ", parts);
  }

  private static String goSlice(List<String> names) {
    return "[" + String.join(" ", names) + "]";
  }

  private static Optional<ContainerStatus> find(List<ContainerStatus> statuses, String name) {
    return statuses.stream().filter(s -> name.equals(s.name())).findFirst();
  }

  private static PodCondition condition(String type, String status, String reason, String message) {
    return new PodCondition(type, status, null, null, reason, message);
  }
}
