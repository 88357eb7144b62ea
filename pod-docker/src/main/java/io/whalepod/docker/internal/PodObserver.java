package io.whalepod.docker.internal;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import io.whalepod.plan.ContainerRun;
import io.whalepod.plan.ObservedPod;
import io.whalepod.plan.SandboxState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/** What the engine shows of a supervised pod, as the plan reads it: one list and one inspect per current run. */
final class PodObserver {
  /** The plan's view and the Docker id of each container's current run, by spec container name. */
  record Observation(ObservedPod pod, Map<String, String> ids) {}

  private final DockerClients clients;
  private final Executor executor;

  PodObserver(DockerClients clients, Executor executor) {
    this.clients = clients;
    this.executor = executor;
  }

  Observation observe(PodStarter.Started pod) {
    List<ListedContainer> containers = clients.podContainers(pod.pod().metadata().uid());
    List<ListedContainer> current = pod.pod().spec().allContainers().stream()
        .flatMap(spec -> ContainerObservations.current(spec.name(), containers).stream()).toList();
    // Inspected rather than read from the list, whose state can lag behind the event just handled.
    List<Optional<InspectContainerResponse>> inspected = Parallel.map(executor, current, c -> inspect(c.id()));
    Map<String, ContainerRun> runs = new HashMap<>();
    Map<String, String> ids = new HashMap<>();
    for (int i = 0; i < current.size(); i++) {
      ListedContainer container = current.get(i);
      String name = container.name();
      inspected.get(i).ifPresent(response -> {
        runs.put(name, ContainerRuns.of(container, response));
        ids.put(name, container.id());
      });
    }
    boolean deleting = DeletionMarks.find(containers).isPresent();
    return new Observation(new ObservedPod(sandbox(pod.sandboxId()), runs, deleting), ids);
  }

  /** One inspect of the pause container. */
  SandboxState sandbox(String sandboxId) {
    return inspect(sandboxId).map(s -> Boolean.TRUE.equals(s.getState().getRunning())
        ? SandboxState.RUNNING : SandboxState.STOPPED).orElse(SandboxState.GONE);
  }

  private Optional<InspectContainerResponse> inspect(String id) {
    try {
      return Optional.of(clients.client().inspectContainerCmd(id).exec());
    } catch (NotFoundException e) {
      return Optional.empty(); // removed meanwhile
    }
  }

}
