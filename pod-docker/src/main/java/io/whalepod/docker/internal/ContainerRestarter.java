package io.whalepod.docker.internal;

import io.whalepod.model.Container;
import io.whalepod.plan.ContainerStart;
import java.util.Map;

/**
 * Starts a planned attempt of an app container or native sidecar: a new container (attempt n+1), its postStart hook,
 * its probes. The previous run stays as the source of lastState; older ones are removed.
 */
final class ContainerRestarter {
  private final DockerClients clients;
  private final PostStartHooks postStart;

  ContainerRestarter(DockerClients clients, PostStartHooks postStart) {
    this.clients = clients;
    this.postStart = postStart;
  }

  void start(SupervisedPod pod, ContainerStart start) {
    PodStarter.Started started = pod.started();
    Container spec = started.pod().spec().container(start.name()).orElseThrow();
    Labels.Type type = spec.isSidecar() ? Labels.Type.INIT : Labels.Type.APP;
    String id = MemberFactory.create(clients.client(), started.pod(), spec, type,
        new Labels.Attempt(start.attempt(), start.restartsAfter()), started.sandboxId(),
        started.volumes().bindsFor(spec), false).exec().getId();
    try {
      clients.client().startContainerCmd(id).exec();
    } catch (RuntimeException e) {
      // Left created, the plan would wait for it for ever: without it, the exited run is seen and retried.
      clients.client().removeContainerCmd(id).withForce(true).exec();
      throw e;
    }
    postStart.run(started.pod(), spec, new PodStarter.Run(id, start.attempt()), started.sandboxId());
    pod.probes().watch(spec, id, start.attempt(), pod.address());
    removeOlderAttempts(pod.uid(), start.name(), start.attempt());
  }

  /** Keeps the new container and the one before it (lastState), as the kubelet keeps the last dead container. */
  void removeOlderAttempts(String uid, String name, int current) {
    for (ListedContainer c : clients.listContainers(Map.of(Labels.POD_UID, uid, Labels.CONTAINER_NAME, name))) {
      if (c.attempt() < current - 1) {
        clients.client().removeContainerCmd(c.id()).withForce(true).exec();
      }
    }
  }
}
