package io.whalepod.docker.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import io.whalepod.model.Pod;
import io.whalepod.model.PodStatus;
import io.whalepod.status.ContainerObservation;
import io.whalepod.status.PodObservation;
import io.whalepod.status.PodStatusCalculator;
import io.whalepod.yaml.ManifestReader;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Reads pods back from Docker alone (labels and inspect), so any process sees every pod: the spec from the
 * sandbox's label, the status computed by pod-core's kubelet rules from what the containers show.
 */
public final class PodInspector {
  private final DockerClients clients;
  private final Executor executor;
  private final SupervisedStatus supervised;

  /** @param supervised what this process's supervisor knows beyond Docker, or null when it supervises no pod */
  public PodInspector(DockerClients clients, Executor executor, SupervisedStatus supervised) {
    this.clients = clients;
    this.executor = executor;
    this.supervised = supervised;
  }

  /** Pods whose sandbox matches the label filter, specs only (no status). */
  public List<Pod> list(Map<String, String> labelFilter) {
    return clients.listContainers(withSandbox(labelFilter)).stream()
        .map(PodInspector::specOf)
        .sorted(Comparator.comparing(Pod::namespace).thenComparing(Pod::name))
        .toList();
  }

  public Optional<Pod> find(String namespace, String name) {
    return list(Map.of(Labels.POD_NAMESPACE, namespace, Labels.POD_NAME, name)).stream().findFirst();
  }

  /** The pod with its current status, or empty when it is gone. */
  public Optional<Pod> withStatus(Pod pod) {
    List<ListedContainer> containers;
    try {
      containers = clients.podContainers(pod.metadata().uid());
    } catch (RuntimeException e) {
      if (!DockerClients.isUnreachable(e)) {
        throw e;
      }
      // The kubelet's node is lost: the pod is not known to be gone, its phase is Unknown until the engine answers.
      return Optional.of(pod.withStatus(PodStatusCalculator.compute(pod, unreachable(pod), Instant.now())));
    }
    Optional<ListedContainer> sandbox = containers.stream().filter(c -> c.type() == Labels.Type.SANDBOX).findFirst();
    if (sandbox.isEmpty()) {
      return Optional.empty();
    }
    Optional<DeletionMarks.Mark> deletion = DeletionMarks.find(containers);
    if (deletion.isPresent()) {
      pod = marked(pod, deletion.get());
    }
    Map<String, InspectContainerResponse> inspected = inspectAll(containers.stream()
        .filter(c -> c.type() != Labels.Type.DELETION).toList());
    InspectContainerResponse sandboxState = inspected.get(sandbox.get().id());
    if (sandboxState == null) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    // This process's supervisor knows best about the pods it holds; for the others, what the engine shows tells.
    SupervisedStatus known = supervised != null && supervised.supervises(pod.metadata().uid()) ? supervised
        : DerivedBackOffs.of(pod, sandbox.get(), containers, inspected, now);
    PodObservation observation = new PodObservation(true, true, Boolean.TRUE.equals(sandboxState.getState().getRunning()),
        ipOf(sandboxState), null, ContainerObservations.time(sandboxState.getState().getStartedAt()),
        pod.spec().initContainers().stream()
            .map(c -> ContainerObservations.of(c, Labels.Type.INIT, containers, inspected, known)).toList(),
        pod.spec().containers().stream()
            .map(c -> ContainerObservations.of(c, Labels.Type.APP, containers, inspected, known)).toList(),
        pod.metadata().deletionTimestamp() != null);
    return Optional.of(pod.withStatus(PodStatusCalculator.compute(pod, observation, now)));
  }

  /**
   * The pod as Kubernetes shows one being deleted: its deletion time and grace period, and the phase it had then as
   * the previous status, so a finished pod stays finished while its containers go.
   */
  private static Pod marked(Pod pod, DeletionMarks.Mark mark) {
    Pod deleting = pod.withMetadata(pod.metadata().withDeletion(mark.at(), mark.graceSeconds()));
    return mark.phase() == null ? deleting
        : deleting.withStatus(new PodStatus(mark.phase(), null, null, null, null, null, null, null, null));
  }

  private static PodObservation unreachable(Pod pod) {
    return new PodObservation(false, true, false, null, null, null,
        pod.spec().initContainers().stream().map(c -> ContainerObservation.notCreated(c.name(), c.image())).toList(),
        pod.spec().containers().stream().map(c -> ContainerObservation.notCreated(c.name(), c.image())).toList(),
        pod.metadata().deletionTimestamp() != null);
  }

  /** The Docker id of the current (highest attempt) container of that name, if it exists. */
  public Optional<String> containerId(Pod pod, String container) {
    return containerId(pod, container, 0);
  }

  /** The Docker id of a run of a container: 0 the current one, 1 the one before its last restart. */
  public Optional<String> containerId(Pod pod, String container, int runsBack) {
    List<ListedContainer> attempts = ContainerObservations.attempts(container, clients.podContainers(pod.metadata().uid()));
    return attempts.size() > runsBack ? Optional.of(attempts.get(runsBack).id()) : Optional.empty();
  }

  private Map<String, InspectContainerResponse> inspectAll(List<ListedContainer> containers) {
    DockerClient client = clients.client();
    List<Optional<InspectContainerResponse>> all = Parallel.map(executor, containers, c -> {
      try {
        return Optional.of(client.inspectContainerCmd(c.id()).exec());
      } catch (NotFoundException e) {
        return Optional.empty(); // removed between list and inspect
      }
    });
    Map<String, InspectContainerResponse> byId = new java.util.HashMap<>();
    all.forEach(o -> o.ifPresent(r -> byId.put(r.getId(), r)));
    return byId;
  }

  /** Where httpGet and tcpSocket probes reach the pod: its sandbox's IP, or loopback under hostNetwork. */
  public static String podAddress(DockerClients clients, Pod pod, String sandboxId) {
    if (pod.spec().usesHostNetwork()) {
      return "127.0.0.1";
    }
    String ip = ipOf(clients.client().inspectContainerCmd(sandboxId).exec());
    return ip == null ? "127.0.0.1" : ip;
  }

  private static String ipOf(InspectContainerResponse sandbox) {
    var settings = sandbox.getNetworkSettings();
    if (settings == null || settings.getNetworks() == null) {
      return null;
    }
    return settings.getNetworks().values().stream().map(n -> n.getIpAddress())
        .filter(ip -> ip != null && !ip.isEmpty()).findFirst().orElse(null);
  }

  private static Map<String, String> withSandbox(Map<String, String> filter) {
    Map<String, String> labels = new java.util.LinkedHashMap<>(filter);
    labels.put(Labels.CONTAINER_TYPE, Labels.Type.SANDBOX.label());
    return labels;
  }

  private static Pod specOf(ListedContainer sandbox) {
    return ManifestReader.readPod(sandbox.labels().get(Labels.POD_SPEC));
  }
}
