package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container of a pod (app or init). Lists are never null and unmodifiable; scalar fields are null when unset.
 * {@code restartPolicy} is only meaningful on init containers ({@code Always} makes a native sidecar).
 *
 * @param name            the container's name, unique in the pod (a DNS-1123 label)
 * @param image           the image reference, such as {@code busybox:1.36}
 * @param command         replaces the image's entrypoint; empty keeps it
 * @param args            replaces the image's default arguments; empty keeps them
 * @param workingDir      the working directory; null keeps the image's
 * @param ports           the ports the container exposes, some published on the host
 * @param env             environment variables, in order; later entries win
 * @param resources       memory and CPU limits and requests; may be null
 * @param restartPolicy   init containers only: {@code Always} makes a native sidecar; else null
 * @param volumeMounts    the pod volumes mounted into this container
 * @param livenessProbe   restarts the container when it fails; may be null
 * @param readinessProbe  decides whether the container is ready; may be null
 * @param startupProbe    holds the other probes back until it passes; may be null
 * @param lifecycle       postStart and preStop hooks; may be null
 * @param imagePullPolicy {@code Always}, {@code IfNotPresent} or {@code Never}; null until defaulted
 * @param securityContext user, group, capabilities and privileges; may be null
 * @param stdin           whether the container keeps a stdin open; null means false
 * @param tty             whether the container gets a terminal; null means false
 */
public record Container(
    String name,
    String image,
    List<String> command,
    List<String> args,
    String workingDir,
    List<ContainerPort> ports,
    List<EnvVar> env,
    ResourceRequirements resources,
    String restartPolicy,
    List<VolumeMount> volumeMounts,
    Probe livenessProbe,
    Probe readinessProbe,
    Probe startupProbe,
    Lifecycle lifecycle,
    String imagePullPolicy,
    SecurityContext securityContext,
    Boolean stdin,
    Boolean tty) {

  /**
   * Copies the lists: null becomes empty, and the record holds unmodifiable copies.
   *
   * @param name            the container's name, unique in the pod (a DNS-1123 label)
   * @param image           the image reference, such as {@code busybox:1.36}
   * @param command         replaces the image's entrypoint; empty keeps it
   * @param args            replaces the image's default arguments; empty keeps them
   * @param workingDir      the working directory; null keeps the image's
   * @param ports           the ports the container exposes, some published on the host
   * @param env             environment variables, in order; later entries win
   * @param resources       memory and CPU limits and requests; may be null
   * @param restartPolicy   init containers only: {@code Always} makes a native sidecar; else null
   * @param volumeMounts    the pod volumes mounted into this container
   * @param livenessProbe   restarts the container when it fails; may be null
   * @param readinessProbe  decides whether the container is ready; may be null
   * @param startupProbe    holds the other probes back until it passes; may be null
   * @param lifecycle       postStart and preStop hooks; may be null
   * @param imagePullPolicy {@code Always}, {@code IfNotPresent} or {@code Never}; null until defaulted
   * @param securityContext user, group, capabilities and privileges; may be null
   * @param stdin           whether the container keeps a stdin open; null means false
   * @param tty             whether the container gets a terminal; null means false
   */
  public Container {
    command = Copies.list(command);
    args = Copies.list(args);
    ports = Copies.list(ports);
    env = Copies.list(env);
    volumeMounts = Copies.list(volumeMounts);
  }

  /**
   * Starts a builder for a container with this name.
   *
   * @param name the container's name
   * @return a new builder
   */
  public static Builder named(String name) {
    return new Builder().name(name);
  }

  /**
   * A builder initialised from this container.
   *
   * @return a new builder holding this container's fields
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * True for an init container that keeps running beside the app (Kubernetes' native sidecar).
   *
   * @return whether {@code restartPolicy} is {@code Always}
   */
  @JsonIgnore
  public boolean isSidecar() {
    return "Always".equals(restartPolicy);
  }

  /**
   * Environment as an ordered map (later entries win, as in Kubernetes).
   *
   * @return variable names to values, in order; a new mutable map
   */
  @JsonIgnore
  public Map<String, String> envMap() {
    Map<String, String> map = new LinkedHashMap<>();
    env.forEach(e -> map.put(e.name(), e.value()));
    return map;
  }

  /** Fluent builder; one way to set each field. */
  public static final class Builder {
    private String name;
    private String image;
    private List<String> command = new ArrayList<>();
    private List<String> args = new ArrayList<>();
    private String workingDir;
    private final List<ContainerPort> ports = new ArrayList<>();
    private final List<EnvVar> env = new ArrayList<>();
    private ResourceRequirements resources;
    private String restartPolicy;
    private final List<VolumeMount> volumeMounts = new ArrayList<>();
    private Probe livenessProbe;
    private Probe readinessProbe;
    private Probe startupProbe;
    private Lifecycle lifecycle;
    private String imagePullPolicy;
    private SecurityContext securityContext;
    private Boolean stdin;
    private Boolean tty;

    Builder() {}

    Builder(Container c) {
      name = c.name; image = c.image; command = new ArrayList<>(c.command); args = new ArrayList<>(c.args);
      workingDir = c.workingDir; ports.addAll(c.ports); env.addAll(c.env); resources = c.resources;
      restartPolicy = c.restartPolicy; volumeMounts.addAll(c.volumeMounts); livenessProbe = c.livenessProbe;
      readinessProbe = c.readinessProbe; startupProbe = c.startupProbe; lifecycle = c.lifecycle;
      imagePullPolicy = c.imagePullPolicy; securityContext = c.securityContext; stdin = c.stdin; tty = c.tty;
    }

    /**
     * Sets the container's name.
     *
     * @param value a DNS-1123 label, unique in the pod
     * @return this builder
     */
    public Builder name(String value) { name = value; return this; }
    /**
     * Sets the image.
     *
     * @param value an image reference, such as {@code busybox:1.36}
     * @return this builder
     */
    public Builder image(String value) { image = value; return this; }
    /**
     * Replaces the image's entrypoint.
     *
     * @param value the command and its arguments
     * @return this builder
     */
    public Builder command(String... value) { command = new ArrayList<>(List.of(value)); return this; }
    /**
     * Replaces the image's default arguments.
     *
     * @param value the arguments
     * @return this builder
     */
    public Builder args(String... value) { args = new ArrayList<>(List.of(value)); return this; }
    /**
     * Sets the working directory, replacing the image's.
     *
     * @param value an absolute path
     * @return this builder
     */
    public Builder workingDir(String value) { workingDir = value; return this; }
    /**
     * Adds a TCP port the container exposes, not published on the host.
     *
     * @param containerPort the port number inside the pod
     * @return this builder
     */
    public Builder port(int containerPort) { ports.add(ContainerPort.of(containerPort)); return this; }
    /**
     * Adds a port the container exposes.
     *
     * @param port the port; never null
     * @return this builder
     */
    public Builder port(ContainerPort port) { ports.add(port); return this; }
    /**
     * A container port published on the same port number of the host.
     *
     * @param containerPort the port number inside the pod
     * @param hostPort the port number on the host
     * @return this builder
     */
    public Builder hostPort(int containerPort, int hostPort) {
      ports.add(ContainerPort.of(containerPort).onHostPort(hostPort));
      return this;
    }
    /**
     * Adds an environment variable; a later one of the same name wins.
     *
     * @param key the variable's name
     * @param value its value
     * @return this builder
     */
    public Builder env(String key, String value) { env.add(EnvVar.of(key, value)); return this; }
    /**
     * Sets limits and requests, replacing any set before.
     *
     * @param value the requirements; may be null
     * @return this builder
     */
    public Builder resources(ResourceRequirements value) { resources = value; return this; }
    /**
     * Convenience for {@code resources.limits}: {@code limit("memory", "64Mi")}.
     *
     * @param resource the resource, {@code memory} or {@code cpu}
     * @param quantity a Kubernetes quantity, such as {@code 64Mi} or {@code 500m}
     * @return this builder
     */
    public Builder limit(String resource, String quantity) {
      Map<String, Quantity> limits = new LinkedHashMap<>(resources == null ? Map.of() : resources.limits());
      limits.put(resource, Quantity.parse(quantity));
      resources = new ResourceRequirements(limits, resources == null ? null : resources.requests());
      return this;
    }
    /**
     * Only for init containers: {@code "Always"} makes a native sidecar.
     *
     * @param value {@code Always}, or null for a regular init container
     * @return this builder
     */
    public Builder restartPolicy(String value) { restartPolicy = value; return this; }
    /**
     * Mounts a pod volume, read-write.
     *
     * @param volume the volume's name
     * @param mountPath where it appears in the container
     * @return this builder
     */
    public Builder mount(String volume, String mountPath) { volumeMounts.add(VolumeMount.of(volume, mountPath)); return this; }
    /**
     * Mounts a pod volume.
     *
     * @param mount the mount; never null
     * @return this builder
     */
    public Builder mount(VolumeMount mount) { volumeMounts.add(mount); return this; }
    /**
     * Sets the probe that restarts the container when it fails.
     *
     * @param value the probe; may be null
     * @return this builder
     */
    public Builder livenessProbe(Probe value) { livenessProbe = value; return this; }
    /**
     * Sets the probe that decides whether the container is ready.
     *
     * @param value the probe; may be null
     * @return this builder
     */
    public Builder readinessProbe(Probe value) { readinessProbe = value; return this; }
    /**
     * Sets the probe that holds the others back until it passes.
     *
     * @param value the probe; may be null
     * @return this builder
     */
    public Builder startupProbe(Probe value) { startupProbe = value; return this; }
    /**
     * Sets the postStart and preStop hooks.
     *
     * @param value the hooks; may be null
     * @return this builder
     */
    public Builder lifecycle(Lifecycle value) { lifecycle = value; return this; }
    /**
     * Sets when the image is pulled.
     *
     * @param value {@code Always}, {@code IfNotPresent} or {@code Never}; null for the default
     * @return this builder
     */
    public Builder imagePullPolicy(String value) { imagePullPolicy = value; return this; }
    /**
     * Sets user, group, capabilities and privileges.
     *
     * @param value the security context; may be null
     * @return this builder
     */
    public Builder securityContext(SecurityContext value) { securityContext = value; return this; }
    /**
     * Keeps the container's stdin open, as {@code kubectl run -i} does.
     *
     * @param value whether to keep stdin open
     * @return this builder
     */
    public Builder stdin(boolean value) { stdin = value; return this; }
    /**
     * Gives the container a terminal.
     *
     * @param value whether to allocate a terminal
     * @return this builder
     */
    public Builder tty(boolean value) { tty = value; return this; }

    /**
     * The container as configured.
     *
     * @return a new container; the builder can be reused
     */
    public Container build() {
      return new Container(name, image, command, args, workingDir, ports, env, resources, restartPolicy,
          volumeMounts, livenessProbe, readinessProbe, startupProbe, lifecycle, imagePullPolicy, securityContext,
          stdin, tty);
    }
  }
}
