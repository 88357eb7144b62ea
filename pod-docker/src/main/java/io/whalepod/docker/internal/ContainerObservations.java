package io.whalepod.docker.internal;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.whalepod.model.Container;
import io.whalepod.status.ContainerObservation;
import io.whalepod.status.ContainerObservation.State;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Turns Docker's view of a spec container (its attempts) into an engine-neutral observation. */
final class ContainerObservations {
  /** Docker's zero time for "never". */
  private static final String NEVER = "0001-01-01T00:00:00Z";
  private static final String CRASH_LOOP_BACK_OFF = "CrashLoopBackOff";

  private ContainerObservations() {}

  /**
   * @param supervised what this process's supervisor knows beyond Docker (probe results, restart back-offs), or null
   *     when it supervises nothing: a probed container of another process's pod counts as ready and started once it
   *     runs
   */
  static ContainerObservation of(Container spec, Labels.Type type, List<ListedContainer> containers,
      Map<String, InspectContainerResponse> inspected, SupervisedStatus supervised) {
    List<ListedContainer> attempts = attempts(spec.name(), containers);
    if (attempts.isEmpty() || !inspected.containsKey(attempts.get(0).id())) {
      return ContainerObservation.notCreated(spec.name(), spec.image());
    }
    InspectContainerResponse current = inspected.get(attempts.get(0).id());
    var state = current.getState();
    int attempt = attempts.get(0).attempt();
    int dockerRestarts = current.getRestartCount() == null ? 0 : current.getRestartCount();
    ContainerObservation.Termination last = attempts.size() > 1 && inspected.containsKey(attempts.get(1).id())
        ? termination(inspected.get(attempts.get(1).id())) : null;
    State observed = stateOf(state.getStatus());
    boolean running = observed == State.RUNNING;
    Optional<Duration> backingOff = observed == State.EXITED && supervised != null
        ? supervised.backOffRemaining(uid(current), spec.name(), attempt) : Optional.empty();
    return new ContainerObservation(spec.name(), observed, backingOff.isPresent() ? CRASH_LOOP_BACK_OFF : null,
        backingOff.map(left -> "back-off " + left.toSeconds() + "s restarting failed container=" + spec.name())
            .orElse(null),
        state.getExitCodeLong() == null ? 0 : state.getExitCodeLong().intValue(),
        Boolean.TRUE.equals(state.getOOMKilled()), time(state.getStartedAt()),
        observed == State.EXITED ? time(state.getFinishedAt()) : null,
        attempt + dockerRestarts, last,
        running && dockerHealthy(state) && probed(supervised, spec.readinessProbe() != null,
            s -> s.ready(uid(current), spec.name(), attempt)),
        running && probed(supervised, spec.startupProbe() != null,
            s -> s.started(uid(current), spec.name(), attempt)),
        "docker://" + current.getId(), spec.image(), current.getImageId());
  }

  /** A detached pod's exec readiness probe is Docker's healthcheck (see MemberFactory): ready once "healthy". */
  private static boolean dockerHealthy(InspectContainerResponse.ContainerState state) {
    return state.getHealth() == null || "healthy".equals(state.getHealth().getStatus());
  }

  private static boolean probed(SupervisedStatus supervised, boolean hasProbe,
      Function<SupervisedStatus, Optional<Boolean>> result) {
    return !hasProbe || supervised == null || result.apply(supervised).orElse(true);
  }

  private static String uid(InspectContainerResponse container) {
    return container.getConfig().getLabels().get(Labels.POD_UID);
  }

  /** The containers of one spec container, newest attempt first. */
  static List<ListedContainer> attempts(String name, List<ListedContainer> containers) {
    return containers.stream()
        .filter(c -> name.equals(c.name()) && c.type() != Labels.Type.SANDBOX)
        .sorted(Comparator.comparingInt(ListedContainer::attempt).reversed())
        .toList();
  }

  static Optional<ListedContainer> current(String name, List<ListedContainer> containers) {
    return attempts(name, containers).stream().findFirst();
  }

  private static ContainerObservation.Termination termination(InspectContainerResponse previous) {
    var state = previous.getState();
    return new ContainerObservation.Termination(state.getExitCodeLong() == null ? 0 : state.getExitCodeLong().intValue(),
        Boolean.TRUE.equals(state.getOOMKilled()), time(state.getStartedAt()), time(state.getFinishedAt()),
        "docker://" + previous.getId());
  }

  private static State stateOf(String dockerStatus) {
    if (dockerStatus == null) {
      return State.NOT_CREATED;
    }
    switch (dockerStatus) {
      case "created":
        return State.CREATED;
      case "running":
      case "paused":
      case "restarting":
        return State.RUNNING;
      default:
        return State.EXITED; // exited, dead, removing
    }
  }

  static Instant time(String dockerTime) {
    if (dockerTime == null || dockerTime.isEmpty() || NEVER.equals(dockerTime)) {
      return null;
    }
    // Whole seconds, as Kubernetes prints times.
    return Instant.parse(dockerTime).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }
}
