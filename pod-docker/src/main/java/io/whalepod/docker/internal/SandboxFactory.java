package io.whalepod.docker.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Ports;
import io.whalepod.model.Container;
import io.whalepod.model.ContainerPort;
import io.whalepod.model.Pod;
import io.whalepod.model.PodSpec;
import io.whalepod.yaml.ManifestWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pause container that holds the pod's namespaces. Everything Docker refuses on {@code container:} members
 * (ports, hostname, extra hosts) is set here (docs/behaviour.md §3).
 */
final class SandboxFactory {
  private static final int MAX_HOSTNAME = 63;

  private SandboxFactory() {}

  /** @param heldVolumes volumes the sandbox keeps mounted for the pod's lifetime (see PodVolumes#createInMemory) */
  static CreateContainerCmd create(DockerClient client, Pod pod, String pauseImage, Keeper keeper,
      List<Bind> heldVolumes) {
    PodSpec spec = pod.spec();
    Map<String, String> labels = Labels.forContainer(pod, Labels.SANDBOX, Labels.Type.SANDBOX, Labels.Attempt.FIRST);
    labels.put(Labels.POD_SPEC, ManifestWriter.toJson(pod).strip());
    labels.putAll(keeper.sandboxLabels());
    HostConfig host = HostConfig.newHostConfig()
        // Docker's default IPC namespace is private: members could not join it.
        .withIpcMode(spec.usesHostIpc() ? "host" : "shareable")
        .withExtraHosts(extraHosts(spec))
        .withPortBindings(portBindings(spec))
        .withBinds(heldVolumes);
    if (keeper.dockerRestarts()) {
      // A detached pod has no JVM to rebuild it: its sandbox comes back with the engine, and its members, which
      // Docker's restart policy brings back too, find its namespaces again.
      host.withRestartPolicy(RestartPolicy.unlessStoppedRestart());
    }
    if (spec.usesHostNetwork()) {
      host.withNetworkMode("host");
    }
    if (spec.usesHostPid()) {
      host.withPidMode("host");
    }
    CreateContainerCmd cmd = client.createContainerCmd(pauseImage)
        .withName(Labels.containerName(pod, Labels.SANDBOX, 0))
        .withLabels(labels)
        .withExposedPorts(exposedPorts(spec))
        .withHostConfig(host);
    // Docker rejects a hostname on the host's network; the pod then has the host's, as in Kubernetes.
    return spec.usesHostNetwork() ? cmd : cmd.withHostName(hostname(pod));
  }

  static String hostname(Pod pod) {
    String name = pod.spec().hostname() != null ? pod.spec().hostname() : pod.name();
    String cut = name.length() > MAX_HOSTNAME ? name.substring(0, MAX_HOSTNAME) : name;
    return cut.replaceAll("[-.]+$", "");
  }

  private static String[] extraHosts(PodSpec spec) {
    List<String> hosts = new ArrayList<>();
    spec.hostAliases().forEach(alias -> alias.hostnames().forEach(h -> hosts.add(h + ":" + alias.ip())));
    return hosts.toArray(String[]::new);
  }

  static List<ContainerPort> hostPorts(PodSpec spec) {
    return spec.allContainers().stream().map(Container::ports).flatMap(List::stream)
        .filter(p -> p.hostPort() != null && p.hostPort() > 0).toList();
  }

  private static ExposedPort exposed(ContainerPort port) {
    String protocol = port.protocol() == null ? "tcp" : port.protocol().toLowerCase(java.util.Locale.ROOT);
    return new ExposedPort(port.containerPort(), InternetProtocol.parse(protocol));
  }

  private static List<ExposedPort> exposedPorts(PodSpec spec) {
    return hostPorts(spec).stream().map(SandboxFactory::exposed).distinct().toList();
  }

  private static Ports portBindings(PodSpec spec) {
    Ports ports = new Ports();
    for (ContainerPort port : hostPorts(spec)) {
      ports.bind(exposed(port), port.hostIP() == null || port.hostIP().isEmpty()
          ? Ports.Binding.bindPort(port.hostPort())
          : Ports.Binding.bindIpAndPort(port.hostIP(), port.hostPort()));
    }
    return ports;
  }
}
