package io.whalepod.docker.internal;

import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rebuilds a pod whose pause container died, as the kubelet recreates a dead sandbox (SPEC §4): members of a dead
 * namespace are useless, so the ones still running are killed, the sandbox is started again (a new network
 * namespace; its hostPorts and volumes stay), and every container is created again as its next attempt, so
 * restart counts grow. A pod with regular init containers then starts from its first init container again, as
 * the kubelet does; {@link PodStarter} runs that sequence.
 */
final class SandboxRebuilder {
  /** A container started in the rebuilt pod. */
  record Restarted(io.whalepod.model.Container spec, String containerId, int attempt) {}

  private final DockerClients clients;

  SandboxRebuilder(DockerClients clients) {
    this.clients = clients;
  }

  /**
   * Kills what still runs, starts the sandbox again and creates the next attempt of each of {@code specs},
   * started only when {@code start} (else the caller runs them in order).
   *
   * @param specs      the containers to create again, in spec order
   * @param replaced   told "name/attempt" of each attempt this ends, before it is killed, so its exit is not
   *                   taken for a crash
   * @return the containers created, in the order of {@code specs}
   */
  List<Restarted> rebuild(PodStarter.Started pod, List<io.whalepod.model.Container> specs, boolean start,
      Consumer<String> replaced) {
    String uid = pod.pod().metadata().uid();
    List<Container> containers = clients.podContainers(uid);
    for (io.whalepod.model.Container spec : pod.pod().spec().allContainers()) {
      ContainerObservations.current(spec.name(), containers).ifPresent(member -> {
        replaced.accept(spec.name() + "/" + attempt(member));
        if ("running".equals(member.getState())) {
          try {
            clients.client().killContainerCmd(member.getId()).exec();
          } catch (RuntimeException alreadyStopped) {
            // it died with its namespace meanwhile
          }
        }
      });
    }
    try {
      clients.client().startContainerCmd(pod.sandboxId()).exec();
    } catch (NotModifiedException alreadyRunning) {
      // started again by someone else
    }
    List<Restarted> created = new ArrayList<>();
    for (io.whalepod.model.Container spec : specs) {
      int next = ContainerObservations.current(spec.name(), containers).map(SandboxRebuilder::attempt).orElse(-1) + 1;
      boolean init = pod.pod().spec().initContainers().contains(spec);
      String id = MemberFactory.create(clients.client(), pod.pod(), spec, init ? Labels.Type.INIT : Labels.Type.APP,
          next, pod.sandboxId(), pod.volumes().bindsFor(spec), false).exec().getId();
      if (start) {
        clients.client().startContainerCmd(id).exec();
      }
      created.add(new Restarted(spec, id, next));
    }
    return created;
  }

  private static int attempt(Container c) {
    return Labels.attempt(c.getLabels());
  }
}
