package io.whalepod.docker.internal;

import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rebuilds a pod whose pause container died, as the kubelet recreates a dead sandbox (SPEC §4): members of a dead
 * namespace are useless, so the ones still running are killed, the sandbox is started again (a new network
 * namespace; its hostPorts and volumes stay), and every supervised container starts as its next attempt, so
 * restart counts grow. Regular init containers are not run again.
 */
final class SandboxRebuilder {
  /** A container started in the rebuilt pod. */
  record Restarted(io.whalepod.model.Container spec, String containerId, int attempt) {}

  private final DockerClients clients;

  SandboxRebuilder(DockerClients clients) {
    this.clients = clients;
  }

  /**
   * @param supervised the app containers and sidecars to start again
   * @param replaced   told "name/attempt" of each attempt this ends, before it is killed, so its exit is not
   *                   taken for a crash
   * @return the containers started, in spec order
   */
  List<Restarted> rebuild(PodStarter.Started pod, List<io.whalepod.model.Container> supervised,
      Consumer<String> replaced) {
    String uid = pod.pod().metadata().uid();
    List<Container> containers = clients.client().listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(Labels.POD_UID, uid)).exec();
    List<Container> current = new ArrayList<>();
    for (io.whalepod.model.Container spec : supervised) {
      ContainerObservations.current(spec.name(), containers).ifPresent(current::add);
    }
    for (Container member : current) {
      replaced.accept(member.getLabels().get(Labels.CONTAINER_NAME) + "/" + attempt(member));
      if ("running".equals(member.getState())) {
        try {
          clients.client().killContainerCmd(member.getId()).exec();
        } catch (RuntimeException alreadyStopped) {
          // it died with its namespace meanwhile
        }
      }
    }
    try {
      clients.client().startContainerCmd(pod.sandboxId()).exec();
    } catch (NotModifiedException alreadyRunning) {
      // started again by someone else
    }
    List<Restarted> started = new ArrayList<>();
    for (io.whalepod.model.Container spec : supervised) {
      int next = ContainerObservations.current(spec.name(), containers).map(SandboxRebuilder::attempt).orElse(-1) + 1;
      Labels.Type type = spec.isSidecar() ? Labels.Type.INIT : Labels.Type.APP;
      String id = MemberFactory.create(clients.client(), pod.pod(), spec, type, next, pod.sandboxId(),
          pod.volumes().bindsFor(spec), false).exec().getId();
      clients.client().startContainerCmd(id).exec();
      started.add(new Restarted(spec, id, next));
    }
    return started;
  }

  private static int attempt(Container c) {
    return Labels.attempt(c.getLabels());
  }
}
