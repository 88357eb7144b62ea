package io.whalepod.docker.internal;

import com.github.dockerjava.api.model.Container;
import io.whalepod.model.Pod;
import io.whalepod.model.PodSpec;
import io.whalepod.plan.RestartDecision;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * When every app container of a pod has exited for good, its native sidecars are stopped in reverse order, so the
 * pod reaches Succeeded or Failed by its app containers alone (Kubernetes 1.28+); they then stay stopped.
 */
final class SidecarShutdown {
  private final DockerClients clients;
  private final PodRemover remover;
  private final Executor stopper;
  /** Pods whose app containers are done: their sidecars were stopped and are not restarted. */
  private final Set<String> done = ConcurrentHashMap.newKeySet();

  SidecarShutdown(DockerClients clients, PodRemover remover, Executor stopper) {
    this.clients = clients;
    this.remover = remover;
    this.stopper = stopper;
  }

  /** Whether the pod's apps are done: none of its containers is restarted any more. */
  boolean isDone(String uid) {
    return done.contains(uid);
  }

  void forget(String uid) {
    done.remove(uid);
  }

  /** App container {@code exited} ended with {@code exitCode} and will not be restarted by its own policy. */
  void afterAppExit(Pod pod, String exited, int exitCode) {
    PodSpec spec = pod.spec();
    if (spec.initContainers().stream().noneMatch(io.whalepod.model.Container::isSidecar)) {
      return;
    }
    String uid = pod.metadata().uid();
    var containers = clients.podContainers(uid);
    for (io.whalepod.model.Container app : spec.containers()) {
      if (app.name().equals(exited) ? willRestart(spec, exitCode) : mayStillRun(spec, app.name(), containers)) {
        return;
      }
    }
    if (!done.add(uid)) {
      return;
    }
    stopper.execute(() -> spec.sidecarStopOrder().forEach(sidecar ->
        ContainerObservations.current(sidecar.name(), containers)
            .ifPresent(c -> remover.stopContainer(c.getId(), spec.terminationGracePeriod()))));
  }

  private static boolean willRestart(PodSpec spec, int exitCode) {
    return RestartDecision.shouldRestart(spec.restartPolicy(), exitCode, false);
  }

  /** Inspected rather than read from the list, whose state can lag behind the die event just handled. */
  private boolean mayStillRun(PodSpec spec, String name, List<Container> containers) {
    var current = ContainerObservations.current(name, containers);
    if (current.isEmpty()) {
      return true;
    }
    var state = clients.client().inspectContainerCmd(current.get().getId()).exec().getState();
    if (!"exited".equals(state.getStatus()) && !"dead".equals(state.getStatus())) {
      return true; // running, or created and about to start
    }
    Long exitCode = state.getExitCodeLong();
    return willRestart(spec, exitCode == null ? 0 : exitCode.intValue());
  }
}
