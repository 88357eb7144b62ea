package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container of a pod (app or init). Lists are never null and unmodifiable; scalar fields are null when unset.
 * {@code restartPolicy} is only meaningful on init containers ({@code Always} makes a native sidecar).
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

  public Container {
    command = Copies.list(command);
    args = Copies.list(args);
    ports = Copies.list(ports);
    env = Copies.list(env);
    volumeMounts = Copies.list(volumeMounts);
  }

  /** Starts a builder for a container with this name. */
  public static Builder named(String name) {
    return new Builder().name(name);
  }

  /** A builder initialised from this container. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** True for an init container that keeps running beside the app (Kubernetes' native sidecar). */
  @JsonIgnore
  public boolean isSidecar() {
    return "Always".equals(restartPolicy);
  }

  /** Environment as an ordered map (later entries win, as in Kubernetes). */
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

    public Builder name(String value) { name = value; return this; }
    public Builder image(String value) { image = value; return this; }
    /** Replaces the image's entrypoint. */
    public Builder command(String... value) { command = new ArrayList<>(List.of(value)); return this; }
    /** Replaces the image's default arguments. */
    public Builder args(String... value) { args = new ArrayList<>(List.of(value)); return this; }
    public Builder workingDir(String value) { workingDir = value; return this; }
    public Builder port(int containerPort) { ports.add(ContainerPort.of(containerPort)); return this; }
    public Builder port(ContainerPort port) { ports.add(port); return this; }
    /** A container port published on the same port number of the host. */
    public Builder hostPort(int containerPort, int hostPort) {
      ports.add(ContainerPort.of(containerPort).onHostPort(hostPort));
      return this;
    }
    public Builder env(String key, String value) { env.add(EnvVar.of(key, value)); return this; }
    public Builder resources(ResourceRequirements value) { resources = value; return this; }
    /** Convenience for {@code resources.limits}: {@code limit("memory", "64Mi")}. */
    public Builder limit(String resource, String quantity) {
      Map<String, Quantity> limits = new LinkedHashMap<>(resources == null ? Map.of() : resources.limits());
      limits.put(resource, Quantity.parse(quantity));
      resources = new ResourceRequirements(limits, resources == null ? null : resources.requests());
      return this;
    }
    /** Only for init containers: {@code "Always"} makes a native sidecar. */
    public Builder restartPolicy(String value) { restartPolicy = value; return this; }
    public Builder mount(String volume, String mountPath) { volumeMounts.add(VolumeMount.of(volume, mountPath)); return this; }
    public Builder mount(VolumeMount mount) { volumeMounts.add(mount); return this; }
    public Builder livenessProbe(Probe value) { livenessProbe = value; return this; }
    public Builder readinessProbe(Probe value) { readinessProbe = value; return this; }
    public Builder startupProbe(Probe value) { startupProbe = value; return this; }
    public Builder lifecycle(Lifecycle value) { lifecycle = value; return this; }
    public Builder imagePullPolicy(String value) { imagePullPolicy = value; return this; }
    public Builder securityContext(SecurityContext value) { securityContext = value; return this; }
    public Builder stdin(boolean value) { stdin = value; return this; }
    public Builder tty(boolean value) { tty = value; return this; }

    public Container build() {
      return new Container(name, image, command, args, workingDir, ports, env, resources, restartPolicy,
          volumeMounts, livenessProbe, readinessProbe, startupProbe, lifecycle, imagePullPolicy, securityContext,
          stdin, tty);
    }
  }
}
