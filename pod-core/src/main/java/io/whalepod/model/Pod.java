package io.whalepod.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A v1 Pod: metadata, spec and (when observed) status. Immutable; build one with {@link #named(String)} or read
 * one from YAML with {@code io.whalepod.yaml.ManifestReader}.
 *
 * <pre>{@code
 * Pod pod = Pod.named("web")
 *     .container(c -> c.name("httpd").image("busybox").command("httpd", "-f"))
 *     .build();
 * }</pre>
 *
 * @param apiVersion always {@value #API_VERSION} for a pod read or built here
 * @param kind       always {@value #KIND} for a pod read or built here
 * @param metadata   name, namespace, labels and annotations; may be null in a manifest not validated yet
 * @param spec       the desired state; may be null in a manifest not validated yet
 * @param status     the observed state; null for a pod that has not run
 */
public record Pod(String apiVersion, String kind, ObjectMeta metadata, PodSpec spec, PodStatus status)
    implements KubernetesObject {

  /** The {@code apiVersion} of every pod. */
  public static final String API_VERSION = "v1";
  /** The {@code kind} of every pod. */
  public static final String KIND = "Pod";

  /**
   * Starts a builder for a pod with this name.
   *
   * @param name the pod's name, a DNS-1123 subdomain
   * @return a new builder
   */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /**
   * The pod's name, or null when metadata is missing.
   *
   * @return the name, or null when metadata is missing
   */
  public String name() {
    return metadata == null ? null : metadata.name();
  }

  /**
   * The pod's namespace, {@code default} when unset.
   *
   * @return the namespace; never null
   */
  public String namespace() {
    return metadata == null || metadata.namespace() == null || metadata.namespace().isEmpty()
        ? "default" : metadata.namespace();
  }

  /**
   * A copy of this pod with other metadata.
   *
   * @param newMetadata the metadata; may be null
   * @return the new pod; this one is unchanged
   */
  public Pod withMetadata(ObjectMeta newMetadata) {
    return new Pod(apiVersion, kind, newMetadata, spec, status);
  }

  /**
   * A copy of this pod with another spec.
   *
   * @param newSpec the spec; may be null
   * @return the new pod; this one is unchanged
   */
  public Pod withSpec(PodSpec newSpec) {
    return new Pod(apiVersion, kind, metadata, newSpec, status);
  }

  /**
   * A copy of this pod with another status.
   *
   * @param newStatus the status; null for none
   * @return the new pod; this one is unchanged
   */
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

    /**
     * Sets the namespace.
     *
     * @param value the namespace; null for {@code default}
     * @return this builder
     */
    public Builder namespace(String value) { namespace = value; return this; }
    /**
     * Adds a label, replacing one with the same key.
     *
     * @param key the label key
     * @param value the label value
     * @return this builder
     */
    public Builder label(String key, String value) { labels.put(key, value); return this; }
    /**
     * Adds an annotation, replacing one with the same key.
     *
     * @param key the annotation key
     * @param value the annotation value
     * @return this builder
     */
    public Builder annotation(String key, String value) { annotations.put(key, value); return this; }
    /**
     * Adds a volume the containers can mount.
     *
     * @param volume the volume; never null
     * @return this builder
     */
    public Builder volume(Volume volume) { volumes.add(volume); return this; }

    /**
     * Adds an app container configured by the lambda.
     *
     * @param configure sets the container's fields, its name and image at least
     * @return this builder
     */
    public Builder container(Consumer<Container.Builder> configure) {
      containers.add(configured(configure));
      return this;
    }

    /**
     * Adds an app container.
     *
     * @param container the container; never null
     * @return this builder
     */
    public Builder container(Container container) { containers.add(container); return this; }

    /**
     * Adds an init container (run to completion, in order, before the app containers).
     *
     * @param configure sets the container's fields, its name and image at least
     * @return this builder
     */
    public Builder initContainer(Consumer<Container.Builder> configure) {
      initContainers.add(configured(configure));
      return this;
    }

    /**
     * Adds a native sidecar: an init container with {@code restartPolicy: Always}.
     *
     * @param configure sets the container's fields, its name and image at least
     * @return this builder
     */
    public Builder sidecar(Consumer<Container.Builder> configure) {
      initContainers.add(configured(configure.andThen(c -> c.restartPolicy("Always"))));
      return this;
    }

    /**
     * Sets the pod's restart policy.
     *
     * @param value {@code Always}, {@code OnFailure} or {@code Never}; null for {@code Always}
     * @return this builder
     */
    public Builder restartPolicy(String value) { restartPolicy = value; return this; }
    /**
     * Sets how long a container may take to stop before it is killed.
     *
     * @param value seconds; 0 kills at once
     * @return this builder
     */
    public Builder terminationGracePeriodSeconds(long value) { terminationGracePeriodSeconds = value; return this; }
    /**
     * Adds a node label the pod requires, replacing one with the same key.
     *
     * @param key the node label key
     * @param value the node label value
     * @return this builder
     */
    public Builder nodeSelector(String key, String value) { nodeSelector.put(key, value); return this; }
    /**
     * Binds the pod to a node by name, bypassing the scheduler.
     *
     * @param value the node's name; null to leave it to scheduling
     * @return this builder
     */
    public Builder nodeName(String value) { nodeName = value; return this; }
    /**
     * Shares the host's network namespace.
     *
     * @param value whether to use the host's network
     * @return this builder
     */
    public Builder hostNetwork(boolean value) { hostNetwork = value; return this; }
    /**
     * Shares the host's process namespace.
     *
     * @param value whether to use the host's PID namespace
     * @return this builder
     */
    public Builder hostPID(boolean value) { hostPid = value; return this; }
    /**
     * Shares the host's IPC namespace.
     *
     * @param value whether to use the host's IPC namespace
     * @return this builder
     */
    public Builder hostIPC(boolean value) { hostIpc = value; return this; }
    /**
     * Lets the pod's containers see one another's processes.
     *
     * @param value whether to share one PID namespace in the pod
     * @return this builder
     */
    public Builder shareProcessNamespace(boolean value) { shareProcessNamespace = value; return this; }
    /**
     * Sets the pod's hostname.
     *
     * @param value a DNS-1123 label; null for the pod's name
     * @return this builder
     */
    public Builder hostname(String value) { hostname = value; return this; }
    /**
     * Adds an /etc/hosts entry to every container.
     *
     * @param ip the address
     * @param hostnames the names it resolves
     * @return this builder
     */
    public Builder hostAlias(String ip, String... hostnames) { hostAliases.add(HostAlias.of(ip, hostnames)); return this; }

    /**
     * The pod as configured, without status and without defaults filled in.
     *
     * @return a new pod
     */
    public Pod build() {
      ObjectMeta meta = new ObjectMeta(name, null, namespace, null, null, null, null, labels, annotations);
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
