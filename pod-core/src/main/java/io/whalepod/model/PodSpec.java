package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The desired state of a pod, in Kubernetes' field order. Lists and maps are never null and unmodifiable; scalar
 * fields are null when unset.
 *
 * @param volumes                       the volumes the containers can mount
 * @param initContainers                run to completion, in order, before the app containers; sidecars among them
 * @param containers                    the app containers
 * @param restartPolicy                 {@code Always}, {@code OnFailure} or {@code Never}
 * @param terminationGracePeriodSeconds how long a container may take to stop before it is killed
 * @param nodeSelector                  node labels the pod requires
 * @param nodeName                      the node the pod is bound to
 * @param hostNetwork                   whether the pod uses the host's network namespace
 * @param hostPID                       whether the pod uses the host's PID namespace
 * @param hostIPC                       whether the pod uses the host's IPC namespace
 * @param shareProcessNamespace         whether the pod's containers share one PID namespace
 * @param hostname                      the pod's hostname; null for the pod's name
 * @param hostAliases                   extra /etc/hosts entries
 */
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

  /**
   * Copies the lists and maps: null becomes empty, and the record holds unmodifiable copies.
   *
   * @param volumes                       the volumes the containers can mount
   * @param initContainers                run to completion, in order, before the app containers; sidecars among them
   * @param containers                    the app containers
   * @param restartPolicy                 {@code Always}, {@code OnFailure} or {@code Never}
   * @param terminationGracePeriodSeconds how long a container may take to stop before it is killed
   * @param nodeSelector                  node labels the pod requires
   * @param nodeName                      the node the pod is bound to
   * @param hostNetwork                   whether the pod uses the host's network namespace
   * @param hostPID                       whether the pod uses the host's PID namespace
   * @param hostIPC                       whether the pod uses the host's IPC namespace
   * @param shareProcessNamespace         whether the pod's containers share one PID namespace
   * @param hostname                      the pod's hostname; null for the pod's name
   * @param hostAliases                   extra /etc/hosts entries
   */
  public PodSpec {
    volumes = Copies.list(volumes);
    initContainers = Copies.list(initContainers);
    containers = Copies.list(containers);
    nodeSelector = Copies.map(nodeSelector);
    hostAliases = Copies.list(hostAliases);
  }

  /**
   * The native sidecars in the order they stop: after the app containers, the last started first.
   *
   * @return the sidecars in reverse spec order; immutable
   */
  @JsonIgnore
  public List<Container> sidecarStopOrder() {
    List<Container> sidecars = new ArrayList<>(initContainers.stream().filter(Container::isSidecar).toList());
    Collections.reverse(sidecars);
    return List.copyOf(sidecars);
  }

  /**
   * How long members get to stop: {@code terminationGracePeriodSeconds}, else Kubernetes' default of 30 s.
   *
   * @return the grace period; never null
   */
  @JsonIgnore
  public Duration terminationGracePeriod() {
    return Duration.ofSeconds(terminationGracePeriodSeconds == null ? 30 : terminationGracePeriodSeconds);
  }

  /**
   * Init containers first, in spec order, then app containers.
   *
   * @return every container; immutable
   */
  @JsonIgnore
  public List<Container> allContainers() {
    return Stream.concat(initContainers.stream(), containers.stream()).toList();
  }

  /**
   * The init or app container with this name.
   *
   * @param name the container's name; never null
   * @return the container, or empty when there is none
   */
  @JsonIgnore
  public Optional<Container> container(String name) {
    return allContainers().stream().filter(c -> name.equals(c.name())).findFirst();
  }

  /**
   * The volume with this name.
   *
   * @param name the volume's name; never null
   * @return the volume, or empty when there is none
   */
  @JsonIgnore
  public Optional<Volume> volume(String name) {
    return volumes.stream().filter(v -> name.equals(v.name())).findFirst();
  }

  /**
   * Whether the containers share one PID namespace.
   *
   * @return true only when {@code shareProcessNamespace} is true
   */
  @JsonIgnore
  public boolean sharesProcessNamespace() {
    return Boolean.TRUE.equals(shareProcessNamespace);
  }

  /**
   * Whether the pod uses the host's network namespace.
   *
   * @return true only when {@code hostNetwork} is true
   */
  @JsonIgnore
  public boolean usesHostNetwork() {
    return Boolean.TRUE.equals(hostNetwork);
  }

  /**
   * Whether the pod uses the host's PID namespace.
   *
   * @return true only when {@code hostPID} is true
   */
  @JsonIgnore
  public boolean usesHostPid() {
    return Boolean.TRUE.equals(hostPID);
  }

  /**
   * Whether the pod uses the host's IPC namespace.
   *
   * @return true only when {@code hostIPC} is true
   */
  @JsonIgnore
  public boolean usesHostIpc() {
    return Boolean.TRUE.equals(hostIPC);
  }
}
