package io.whalepod.status;

import io.whalepod.model.ContainerState;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import io.whalepod.model.PodCondition;
import io.whalepod.model.PodStatus;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The events {@code kubectl describe pod} would list, derived from a pod's status. Whalepod keeps no event store
 * (any process must describe any pod, from Docker alone), so the history is what the containers Docker holds can
 * prove: the current and the previous run of each container, and why one is waiting. Pure: no Docker.
 */
public final class PodEventHistory {
  private static final String SCHEDULER = "default-scheduler";
  private static final String KUBELET = "kubelet";

  private PodEventHistory() {}

  /**
   * The pod's events on this host's engine, oldest first as kubectl sorts them.
   *
   * @param pod the pod with its status; never null
   * @return the events; immutable, empty when the pod has no status
   */
  public static List<PodEvent> of(Pod pod) {
    return of(pod, localNode());
  }

  /**
   * The node of a pod that names none: a local engine's only node is this host.
   *
   * @return this host's name, or {@code localhost} when it cannot be resolved
   */
  public static String localNode() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  /**
   * The pod's events, oldest first as kubectl sorts them; {@code node} names the engine's host.
   *
   * @param pod the pod with its status; never null
   * @param node the host name to report as the pod's node, when the pod names none
   * @return the events; immutable, empty when the pod has no status
   */
  public static List<PodEvent> of(Pod pod, String node) {
    PodStatus status = pod.status();
    if (status == null) {
      return List.of();
    }
    List<PodEvent> events = new ArrayList<>();
    scheduling(pod, node, status).ifPresent(events::add);
    Stream.concat(status.initContainerStatuses().stream(), status.containerStatuses().stream())
        .forEach(container -> events.addAll(containerEvents(pod, container)));
    events.sort(Comparator.comparing(PodEvent::lastTimestamp, Comparator.nullsFirst(Comparator.naturalOrder())));
    return List.copyOf(events);
  }

  private static Optional<PodEvent> scheduling(Pod pod, String node, PodStatus status) {
    Instant created = pod.metadata().creationTimestamp();
    return status.conditions().stream().filter(c -> "PodScheduled".equals(c.type())).findFirst()
        .map(condition -> "True".equals(condition.status())
            ? new PodEvent(PodEvent.Type.Normal, "Scheduled", SCHEDULER,
                "Successfully assigned " + pod.namespace() + "/" + pod.name() + " to " + node, created, created, 1)
            : new PodEvent(PodEvent.Type.Warning, "FailedScheduling", SCHEDULER, message(condition), created,
                created, 1));
  }

  private static List<PodEvent> containerEvents(Pod pod, ContainerStatus container) {
    List<PodEvent> events = new ArrayList<>();
    Instant current = startedAt(container.state());
    Instant previous = container.lastState() == null ? null : startedAt(container.lastState());
    // restartCount counts the runs before the latest one, which is the state, or lastState while backing off.
    int runs = container.restartCount() + (current != null || previous != null ? 1 : 0);
    if (runs > 0) {
      Instant first = container.restartCount() > 0 && previous != null ? previous : current;
      Instant last = current != null ? current : previous;
      String name = container.name();
      events.add(kubelet(PodEvent.Type.Normal, "Pulled",
          "Container image \"" + container.image() + "\" already present on machine", first, last, runs));
      events.add(kubelet(PodEvent.Type.Normal, "Created", "Created container " + name, first, last, runs));
      events.add(kubelet(PodEvent.Type.Normal, "Started", "Started container " + name, first, last, runs));
    }
    waiting(pod, container).ifPresent(events::add);
    Instant deleting = pod.metadata().deletionTimestamp();
    if (deleting != null && container.state() != null && container.state().running() != null) {
      events.add(kubelet(PodEvent.Type.Normal, "Killing", "Stopping container " + container.name(), deleting,
          deleting, 1));
    }
    return events;
  }

  /** Why a container waits, as the kubelet reports it: a back-off, or an error that keeps it from starting. */
  private static Optional<PodEvent> waiting(Pod pod, ContainerStatus container) {
    var waiting = container.state() == null ? null : container.state().waiting();
    if (waiting == null || waiting.reason() == null) {
      return Optional.empty();
    }
    Instant created = pod.metadata().creationTimestamp();
    return Optional.ofNullable(switch (waiting.reason()) {
      case "CrashLoopBackOff" -> {
        var last = container.lastState() == null ? null : container.lastState().terminated();
        Instant at = last == null ? created : last.finishedAt();
        yield kubelet(PodEvent.Type.Warning, "BackOff", "Back-off restarting failed container " + container.name()
            + " in pod " + pod.name() + "_" + pod.namespace() + "(" + pod.metadata().uid() + ")", at, at, 1);
      }
      case "ErrImageNeverPull" -> kubelet(PodEvent.Type.Warning, "ErrImageNeverPull",
          "Container image \"" + container.image() + "\" is not present with pull policy of Never", created, created,
          1);
      case "ContainerCreating", "PodInitializing" -> null;
      default -> kubelet(PodEvent.Type.Warning, "Failed",
          "Error: " + (waiting.message() == null ? waiting.reason() : waiting.message()), created, created, 1);
    });
  }

  private static Instant startedAt(ContainerState state) {
    if (state == null) {
      return null;
    }
    if (state.running() != null) {
      return state.running().startedAt();
    }
    return state.terminated() == null ? null : state.terminated().startedAt();
  }

  private static PodEvent kubelet(PodEvent.Type type, String reason, String message, Instant first, Instant last,
      int count) {
    return new PodEvent(type, reason, KUBELET, message, first, last, count);
  }

  private static String message(PodCondition condition) {
    return condition.message() == null ? String.valueOf(condition.reason()) : condition.message();
  }
}
