package io.whalepod.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A v1 Pod: metadata, spec and (when observed) status. Immutable; build one with {@link #named(String)} or read
 * one from YAML with {@code io.whalepod.yaml.PodReader}.
 *
 * <pre>{@code
 * Pod pod = Pod.named("web")
 *     .container(c -> c.name("httpd").image("busybox").command("httpd", "-f"))
 *     .build();
 * }</pre>
 */
public record Pod(String apiVersion, String kind, ObjectMeta metadata, PodSpec spec, PodStatus status)
    implements KubernetesObject {

  public static final String API_VERSION = "v1";
  public static final String KIND = "Pod";

  /** Starts a builder for a pod with this name. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** The pod's name, or null when metadata is missing. */
  public String name() {
    return metadata == null ? null : metadata.name();
  }

  /** The pod's namespace, {@code default} when unset. */
  public String namespace() {
    return metadata == null || metadata.namespace() == null || metadata.namespace().isEmpty()
        ? "default" : metadata.namespace();
  }

  public Pod withMetadata(ObjectMeta newMetadata) {
    return new Pod(apiVersion, kind, newMetadata, spec, status);
  }

  public Pod withSpec(PodSpec newSpec) {
    return new Pod(apiVersion, kind, metadata, newSpec, status);
  }

  public Pod withStatus(PodStatus newStatus) {
    return new Pod(apiVersion, kind, metadata, spec, newStatus);
  }

  /** Fluent builder for a pod. */
  public static final class Builder {
    private final String name;
    private String namespace;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> annotations = new LinkedHashMap<>();
    private final List<Volume> volumes = new ArrayList<>();
    private final List<Container> initContainers = new ArrayList<>();
    private final List<Container> containers = new ArrayList<>();
    private String restartPolicy;
    private Long terminationGracePeriodSeconds;
    private final Map<String, String> nodeSelector = new LinkedHashMap<>();
    private String nodeName;
    private Boolean hostNetwork;
    private Boolean hostPid;
    private Boolean hostIpc;
    private Boolean shareProcessNamespace;
    private String hostname;
    private final List<HostAlias> hostAliases = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder namespace(String value) { namespace = value; return this; }
    public Builder label(String key, String value) { labels.put(key, value); return this; }
    public Builder annotation(String key, String value) { annotations.put(key, value); return this; }
    public Builder volume(Volume volume) { volumes.add(volume); return this; }

    /** Adds an app container configured by the lambda. */
    public Builder container(Consumer<Container.Builder> configure) {
      containers.add(configured(configure));
      return this;
    }

    public Builder container(Container container) { containers.add(container); return this; }

    /** Adds an init container (run to completion, in order, before the app containers). */
    public Builder initContainer(Consumer<Container.Builder> configure) {
      initContainers.add(configured(configure));
      return this;
    }

    /** Adds a native sidecar: an init container with {@code restartPolicy: Always}. */
    public Builder sidecar(Consumer<Container.Builder> configure) {
      initContainers.add(configured(configure.andThen(c -> c.restartPolicy("Always"))));
      return this;
    }

    public Builder restartPolicy(String value) { restartPolicy = value; return this; }
    public Builder terminationGracePeriodSeconds(long value) { terminationGracePeriodSeconds = value; return this; }
    public Builder nodeSelector(String key, String value) { nodeSelector.put(key, value); return this; }
    public Builder nodeName(String value) { nodeName = value; return this; }
    public Builder hostNetwork(boolean value) { hostNetwork = value; return this; }
    public Builder hostPID(boolean value) { hostPid = value; return this; }
    public Builder hostIPC(boolean value) { hostIpc = value; return this; }
    public Builder shareProcessNamespace(boolean value) { shareProcessNamespace = value; return this; }
    public Builder hostname(String value) { hostname = value; return this; }
    public Builder hostAlias(String ip, String... hostnames) { hostAliases.add(HostAlias.of(ip, hostnames)); return this; }

    public Pod build() {
      ObjectMeta meta = new ObjectMeta(name, null, namespace, null, null, null, labels, annotations);
      PodSpec spec = new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds,
          nodeSelector, nodeName, hostNetwork, hostPid, hostIpc, shareProcessNamespace, hostname, hostAliases);
      return new Pod(API_VERSION, KIND, meta, spec, null);
    }

    private static Container configured(Consumer<Container.Builder> configure) {
      Container.Builder builder = new Container.Builder();
      configure.accept(builder);
      return builder.build();
    }
  }
}
