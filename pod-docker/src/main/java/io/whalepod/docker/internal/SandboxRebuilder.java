package io.whalepod.docker.internal;

import com.github.dockerjava.api.exception.NotModifiedException;
import io.whalepod.model.Container;
import io.whalepod.plan.ContainerStart;
import io.whalepod.plan.SandboxRebuild;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries out a planned rebuild of a pod whose pause container died, as the kubelet recreates a dead sandbox
 * (docs/behaviour.md §4): members of a dead namespace are useless, so the sandbox is started again (a new network
 * namespace; its hostPorts and volumes stay), the members still running are killed, and every planned container is
 * created as its next attempt, so restart counts grow. The sandbox starts before the kills: an in-memory volume
 * stays mounted, with its content, as long as one container using it runs. A pod with regular init containers then runs its start sequence again
 * ({@link PodStarter#runAgain}); the others' containers are started here, at once.
 */
final class SandboxRebuilder {
  private final DockerClients clients;

  SandboxRebuilder(DockerClients clients) {
    this.clients = clients;
  }

  /** @return the containers created (started unless the start sequence runs again), by name in spec order */
  Map<String, PodStarter.Run> rebuild(PodStarter.Started pod, SandboxRebuild plan) {
    try {
      clients.client().startContainerCmd(pod.sandboxId()).exec();
    } catch (NotModifiedException alreadyRunning) {
      // started again by someone else
    }
    List<ListedContainer> containers = clients.podContainers(pod.pod().metadata().uid());
    for (Container spec : pod.pod().spec().allContainers()) {
      ContainerObservations.current(spec.name(), containers)
          .filter(ListedContainer::running)
          .ifPresent(member -> {
            try {
              clients.client().killContainerCmd(member.id()).exec();
            } catch (RuntimeException alreadyStopped) {
              // it died with its namespace meanwhile
            }
          });
    }
    Map<String, PodStarter.Run> created = new LinkedHashMap<>();
    for (ContainerStart start : plan.recreate()) {
      Container spec = pod.pod().spec().container(start.name()).orElseThrow();
      boolean init = pod.pod().spec().initContainers().contains(spec);
      String id = MemberFactory.create(clients.client(), pod.pod(), spec, init ? Labels.Type.INIT : Labels.Type.APP,
          new Labels.Attempt(start.attempt(), start.restartsAfter()), pod.sandboxId(), pod.volumes().bindsFor(spec),
          false).exec().getId();
      if (!plan.fromFirstInit()) {
        clients.client().startContainerCmd(id).exec();
      }
      created.put(spec.name(), new PodStarter.Run(id, start.attempt()));
    }
    return created;
  }
}
