package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The desired state of a pod, in Kubernetes' field order. Lists and maps are never null. */
public record PodSpec(
    List<Volume> volumes,
    List<Container> initContainers,
    List<Container> containers,
    String restartPolicy,
    Long terminationGracePeriodSeconds,
    Map<String, String> nodeSelector,
    String nodeName,
    Boolean hostNetwork,
    @JsonProperty("hostPID") Boolean hostPID,
    @JsonProperty("hostIPC") Boolean hostIPC,
    Boolean shareProcessNamespace,
    String hostname,
    List<HostAlias> hostAliases) {

  public PodSpec {
    volumes = Copies.list(volumes);
    initContainers = Copies.list(initContainers);
    containers = Copies.list(containers);
    nodeSelector = Copies.map(nodeSelector);
    hostAliases = Copies.list(hostAliases);
  }

  /** Init containers first, in spec order, then app containers. */
  @JsonIgnore
  public List<Container> allContainers() {
    return Stream.concat(initContainers.stream(), containers.stream()).toList();
  }

  @JsonIgnore
  public Optional<Container> container(String name) {
    return allContainers().stream().filter(c -> name.equals(c.name())).findFirst();
  }

  @JsonIgnore
  public Optional<Volume> volume(String name) {
    return volumes.stream().filter(v -> name.equals(v.name())).findFirst();
  }

  @JsonIgnore
  public boolean sharesProcessNamespace() {
    return Boolean.TRUE.equals(shareProcessNamespace);
  }

  @JsonIgnore
  public boolean usesHostNetwork() {
    return Boolean.TRUE.equals(hostNetwork);
  }

  @JsonIgnore
  public boolean usesHostPid() {
    return Boolean.TRUE.equals(hostPID);
  }

  @JsonIgnore
  public boolean usesHostIpc() {
    return Boolean.TRUE.equals(hostIPC);
  }
}
