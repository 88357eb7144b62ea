package io.whalepod.validation;

import static io.whalepod.validation.MetadataValidator.invalidEach;
import static io.whalepod.validation.MetadataValidator.isEmpty;

import io.whalepod.model.Container;
import io.whalepod.model.ContainerPort;
import io.whalepod.model.EnvVar;
import io.whalepod.model.Probe;
import io.whalepod.model.SecurityContext;
import io.whalepod.model.VolumeMount;
import io.whalepod.validation.ProbeValidator.ProbeKind;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kubernetes' {@code validateContainerCommon}, {@code validateContainers} and {@code validateInitContainers} for
 * the containers of one pod. Holds what the containers of a pod must agree on: unique names, unique host ports,
 * the declared volumes and whether the pod uses the host's network.
 */
final class ContainerValidator {
  static final List<String> PULL_POLICIES = List.of("Always", "IfNotPresent", "Never");
  /** Kubernetes' {@code supportedPortProtocols}, sorted as {@code sets.List} prints them. */
  static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");
  private static final String INIT_FORBIDDEN = "may not be set for init containers without restartPolicy=Always";

  private final Set<String> volumeNames;
  private final boolean hostNetwork;
  private final Set<String> containerNames = new HashSet<>();
  private final Set<String> hostPorts = new HashSet<>();

  ContainerValidator(Set<String> volumeNames, boolean hostNetwork) {
    this.volumeNames = volumeNames;
    this.hostNetwork = hostNetwork;
  }

  /**
   * Validates one container, in its field order. Init containers come first in a pod, so a name repeated by an
   * app container is reported at the app container.
   */
  void validateContainer(Container c, boolean init, FieldPath path, List<FieldError> errors) {
    FieldPath namePath = path.child("name");
    if (isEmpty(c.name())) {
      errors.add(FieldError.required(namePath, ""));
    } else {
      invalidEach(namePath, c.name(), Formats.dns1123Label(c.name()), errors);
      if (!containerNames.add(c.name())) {
        errors.add(FieldError.duplicate(namePath, c.name()));
      }
    }
    if (isEmpty(c.image())) {
      errors.add(FieldError.required(path.child("image"), ""));
    }
    validatePorts(c.ports(), path.child("ports"), errors);
    validateEnv(c.env(), path.child("env"), errors);
    if (c.resources() != null) {
      ResourceValidator.validateResourceRequirements(c.resources(), path.child("resources"), errors);
    }
    validateContainerRestartPolicy(c.restartPolicy(), init, path.child("restartPolicy"), errors);
    validateVolumeMounts(c.volumeMounts(), path.child("volumeMounts"), errors);
    validateProbesAndLifecycle(c, init && !c.isSidecar(), path, errors);
    if (!isEmpty(c.imagePullPolicy()) && !PULL_POLICIES.contains(c.imagePullPolicy())) {
      errors.add(FieldError.notSupported(path.child("imagePullPolicy"), c.imagePullPolicy(), PULL_POLICIES));
    }
    if (c.securityContext() != null) {
      validateSecurityContext(c.securityContext(), path.child("securityContext"), errors);
    }
  }

  /** Only init containers take a restartPolicy, and only {@code Always} (a native sidecar). */
  private static void validateContainerRestartPolicy(String policy, boolean init, FieldPath path,
      List<FieldError> errors) {
    if (policy == null) {
      return;
    }
    if (!init) {
      errors.add(FieldError.forbidden(path, "may not be set for non-init containers"));
    } else if (!"Always".equals(policy)) {
      errors.add(FieldError.notSupported(path, policy, List.of("Always")));
    }
  }

  /** An init container that runs to completion has no probes or hooks; sidecars and app containers may. */
  private void validateProbesAndLifecycle(Container c, boolean runsToCompletion, FieldPath path,
      List<FieldError> errors) {
    Set<String> portNames = c.ports().stream().filter(Objects::nonNull).map(ContainerPort::name)
        .filter(Objects::nonNull).collect(Collectors.toSet());
    validateProbe(c.livenessProbe(), ProbeKind.LIVENESS, runsToCompletion, portNames, path, errors);
    validateProbe(c.readinessProbe(), ProbeKind.READINESS, runsToCompletion, portNames, path, errors);
    validateProbe(c.startupProbe(), ProbeKind.STARTUP, runsToCompletion, portNames, path, errors);
    if (c.lifecycle() != null) {
      if (runsToCompletion) {
        errors.add(FieldError.forbidden(path.child("lifecycle"), INIT_FORBIDDEN));
      } else {
        ProbeValidator.validateLifecycle(c.lifecycle(), portNames, path.child("lifecycle"), errors);
      }
    }
  }

  private static void validateProbe(Probe probe, ProbeKind kind, boolean runsToCompletion, Set<String> portNames,
      FieldPath containerPath, List<FieldError> errors) {
    if (probe == null) {
      return;
    }
    FieldPath path = containerPath.child(kind.field);
    if (runsToCompletion) {
      errors.add(FieldError.forbidden(path, INIT_FORBIDDEN));
    } else {
      ProbeValidator.validateProbe(probe, kind, portNames, path, errors);
    }
  }

  void validatePorts(List<ContainerPort> ports, FieldPath path, List<FieldError> errors) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < ports.size(); i++) {
      ContainerPort port = ports.get(i);
      if (port == null) {
        errors.add(FieldError.required(path.index(i), ""));
      } else {
        validatePort(port, names, path.index(i), errors);
      }
    }
  }

  /** {@code validateContainerPorts}, the hostNetwork rule, and host ports unique across the whole pod. */
  private void validatePort(ContainerPort port, Set<String> names, FieldPath path, List<FieldError> errors) {
    if (!isEmpty(port.name())) {
      List<String> problems = Formats.portName(port.name());
      invalidEach(path.child("name"), port.name(), problems, errors);
      if (problems.isEmpty() && !names.add(port.name())) {
        errors.add(FieldError.duplicate(path.child("name"), port.name()));
      }
    }
    FieldPath containerPortPath = path.child("containerPort");
    if (port.containerPort() == null || port.containerPort() == 0) {
      errors.add(FieldError.required(containerPortPath, ""));
    } else {
      invalidEach(containerPortPath, port.containerPort(), Formats.portNumber(port.containerPort()), errors);
    }
    FieldPath hostPortPath = path.child("hostPort");
    boolean hasHostPort = port.hostPort() != null && port.hostPort() != 0;
    if (hasHostPort) {
      invalidEach(hostPortPath, port.hostPort(), Formats.portNumber(port.hostPort()), errors);
      // With the host's network there is no port mapping: the container listens on the host port itself.
      if (hostNetwork && !port.hostPort().equals(port.containerPort())) {
        errors.add(FieldError.invalid(hostPortPath, port.hostPort(),
            "must match `containerPort` when `hostNetwork` is true"));
      }
    }
    String protocol = isEmpty(port.protocol()) ? "TCP" : port.protocol();
    if (!PROTOCOLS.contains(protocol)) {
      errors.add(FieldError.notSupported(path.child("protocol"), port.protocol(), PROTOCOLS));
    }
    if (hasHostPort) {
      // All host ports are published on the one sandbox, so two members cannot share one.
      String key = (port.hostIP() == null ? "" : port.hostIP()) + "/" + protocol + "/" + port.hostPort();
      if (!hostPorts.add(key)) {
        errors.add(FieldError.duplicate(hostPortPath, key));
      }
    }
  }

  static void validateEnv(List<EnvVar> env, FieldPath path, List<FieldError> errors) {
    for (int i = 0; i < env.size(); i++) {
      EnvVar var = env.get(i);
      FieldPath namePath = path.index(i).child("name");
      if (var == null || isEmpty(var.name())) {
        errors.add(FieldError.required(namePath, ""));
      } else {
        invalidEach(namePath, var.name(), Formats.envVarName(var.name()), errors);
      }
    }
  }

  /** {@code ValidateVolumeMounts}; Docker also insists on absolute mount paths. */
  void validateVolumeMounts(List<VolumeMount> mounts, FieldPath path, List<FieldError> errors) {
    Set<String> mountPoints = new HashSet<>();
    for (int i = 0; i < mounts.size(); i++) {
      VolumeMount mount = mounts.get(i);
      FieldPath idxPath = path.index(i);
      if (mount == null) {
        errors.add(FieldError.required(idxPath, ""));
        continue;
      }
      FieldPath namePath = idxPath.child("name");
      if (isEmpty(mount.name())) {
        errors.add(FieldError.required(namePath, ""));
      } else if (!volumeNames.contains(mount.name())) {
        errors.add(FieldError.notFound(namePath, mount.name()));
      }
      FieldPath mountPathPath = idxPath.child("mountPath");
      if (isEmpty(mount.mountPath())) {
        errors.add(FieldError.required(mountPathPath, ""));
      } else {
        if (!mount.mountPath().startsWith("/")) {
          errors.add(FieldError.invalid(mountPathPath, mount.mountPath(), "must be an absolute path"));
        }
        if (!mountPoints.add(mount.mountPath())) {
          errors.add(FieldError.invalid(mountPathPath, mount.mountPath(), "must be unique"));
        }
      }
      if (!isEmpty(mount.subPath())) {
        VolumeValidator.validateLocalDescendingPath(mount.subPath(), idxPath.child("subPath"), errors);
      }
    }
  }

  /**
   * {@code ValidateSecurityContext}. Kubernetes shows the whole context as the bad value (a Go struct dump); it is
   * left out here. Docker reads {@code SYS_ADMIN} and {@code CAP_SYS_ADMIN} alike, so both are caught.
   */
  static void validateSecurityContext(SecurityContext sc, FieldPath path, List<FieldError> errors) {
    if (sc.runAsUser() != null) {
      invalidEach(path.child("runAsUser"), sc.runAsUser(), Formats.userOrGroupId(sc.runAsUser()), errors);
    }
    if (sc.runAsGroup() != null) {
      invalidEach(path.child("runAsGroup"), sc.runAsGroup(), Formats.userOrGroupId(sc.runAsGroup()), errors);
    }
    if (Boolean.FALSE.equals(sc.allowPrivilegeEscalation())) {
      if (Boolean.TRUE.equals(sc.privileged())) {
        errors.add(FieldError.invalid(path, FieldError.OMITTED_VALUE,
            "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));
      }
      if (sc.capabilities() != null && (sc.capabilities().add().contains("CAP_SYS_ADMIN")
          || sc.capabilities().add().contains("SYS_ADMIN"))) {
        errors.add(FieldError.invalid(path, FieldError.OMITTED_VALUE,
            "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN"));
      }
    }
  }
}
