package io.whalepod.validation;

import static io.whalepod.validation.MetadataValidator.invalidEach;
import static io.whalepod.validation.MetadataValidator.isEmpty;

import io.whalepod.model.Container;
import io.whalepod.model.HostAlias;
import io.whalepod.model.Pod;
import io.whalepod.model.PodSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Validates a pod as the Kubernetes API server does ({@code pkg/apis/core/validation}), plus what one Docker
 * engine needs (absolute host and mount paths, named probe ports that exist). Every problem is collected, in the
 * order the fields appear (metadata, then spec in field order), so the user sees them all at once:
 *
 * <pre>{@code
 * List<FieldError> errors = PodValidator.validate(pod);
 * errors.forEach(System.out::println);   // spec.containers[0].image: Required value
 * }</pre>
 *
 * Fields that {@link Defaults} fills may be unset: a pod validates the same before and after defaulting, except
 * that a volume without a source becomes an emptyDir.
 */
public final class PodValidator {
  static final List<String> RESTART_POLICIES = List.of("Always", "OnFailure", "Never");

  private PodValidator() {}

  /**
   * Every problem of the pod, in field order; empty when the pod is valid. Never throws for a bad field.
   *
   * @param pod the pod to check, best with {@link Defaults#apply} applied first
   * @return the problems; immutable, empty when the pod is valid
   * @throws NullPointerException when {@code pod} itself is null
   */
  public static List<FieldError> validate(Pod pod) {
    Objects.requireNonNull(pod, "pod");
    List<FieldError> errors = new ArrayList<>();
    validatePod(pod, errors);
    return Collections.unmodifiableList(errors);
  }

  /**
   * Returns the pod when it is valid.
   *
   * @param pod the pod to check; never null
   * @return the same pod
   * @throws PodValidationException naming the pod and listing every problem, when it is not
   */
  public static Pod validateOrThrow(Pod pod) {
    List<FieldError> errors = validate(pod);
    if (!errors.isEmpty()) {
      throw new PodValidationException(pod.name(), errors);
    }
    return pod;
  }

  static void validatePod(Pod pod, List<FieldError> errors) {
    validateTypeField(pod.apiVersion(), Pod.API_VERSION, FieldPath.root("apiVersion"), errors);
    validateTypeField(pod.kind(), Pod.KIND, FieldPath.root("kind"), errors);
    MetadataValidator.validateObjectMeta(pod.metadata(), FieldPath.root("metadata"), errors);
    if (pod.spec() == null) {
      errors.add(FieldError.required(FieldPath.root("spec"), ""));
    } else {
      validatePodSpec(pod.spec(), FieldPath.root("spec"), errors);
    }
  }

  private static void validateTypeField(String value, String expected, FieldPath path, List<FieldError> errors) {
    if (isEmpty(value)) {
      errors.add(FieldError.required(path, ""));
    } else if (!expected.equals(value)) {
      errors.add(FieldError.notSupported(path, value, List.of(expected)));
    }
  }

  static void validatePodSpec(PodSpec spec, FieldPath path, List<FieldError> errors) {
    Set<String> volumeNames = VolumeValidator.validateVolumes(spec.volumes(), path.child("volumes"), errors);
    ContainerValidator containers = new ContainerValidator(volumeNames, spec.usesHostNetwork());
    validateContainers(containers, spec.initContainers(), true, path.child("initContainers"), errors);
    if (spec.containers().isEmpty()) {
      errors.add(FieldError.required(path.child("containers"), ""));
    } else {
      validateContainers(containers, spec.containers(), false, path.child("containers"), errors);
    }
    validateRestartPolicy(spec.restartPolicy(), path.child("restartPolicy"), errors);
    Long grace = spec.terminationGracePeriodSeconds();
    if (grace != null && grace < 0) {
      errors.add(FieldError.invalid(path.child("terminationGracePeriodSeconds"), grace,
          "must be greater than or equal to 0"));
    }
    MetadataValidator.validateLabels(spec.nodeSelector(), path.child("nodeSelector"), errors);
    if (!isEmpty(spec.nodeName())) {
      invalidEach(path.child("nodeName"), spec.nodeName(), Formats.dns1123Subdomain(spec.nodeName()), errors);
    }
    if (spec.usesHostPid() && spec.sharesProcessNamespace()) {
      errors.add(FieldError.invalid(path.child("shareProcessNamespace"), true,
          "ShareProcessNamespace and HostPID cannot both be enabled"));
    }
    if (!isEmpty(spec.hostname())) {
      invalidEach(path.child("hostname"), spec.hostname(), Formats.dns1123Label(spec.hostname()), errors);
    }
    validateHostAliases(spec.hostAliases(), path.child("hostAliases"), errors);
  }

  private static void validateContainers(ContainerValidator validator, List<Container> containers, boolean init,
      FieldPath path, List<FieldError> errors) {
    for (int i = 0; i < containers.size(); i++) {
      Container c = containers.get(i);
      if (c == null) {
        errors.add(FieldError.required(path.index(i), ""));
      } else {
        validator.validateContainer(c, init, path.index(i), errors);
      }
    }
  }

  /** Unset is fine ({@link Defaults} makes it {@code Always}). */
  static void validateRestartPolicy(String policy, FieldPath path, List<FieldError> errors) {
    if (!isEmpty(policy) && !RESTART_POLICIES.contains(policy)) {
      errors.add(FieldError.notSupported(path, policy, RESTART_POLICIES));
    }
  }

  static void validateHostAliases(List<HostAlias> aliases, FieldPath path, List<FieldError> errors) {
    for (int i = 0; i < aliases.size(); i++) {
      HostAlias alias = aliases.get(i);
      FieldPath idxPath = path.index(i);
      if (alias == null) {
        errors.add(FieldError.required(idxPath, ""));
        continue;
      }
      String ip = alias.ip() == null ? "" : alias.ip();
      invalidEach(idxPath.child("ip"), ip, Formats.ipAddress(ip), errors);
      FieldPath hostnamesPath = idxPath.child("hostnames");
      if (alias.hostnames().isEmpty()) {
        errors.add(FieldError.required(hostnamesPath, ""));
      }
      for (int j = 0; j < alias.hostnames().size(); j++) {
        String hostname = alias.hostnames().get(j) == null ? "" : alias.hostnames().get(j);
        invalidEach(hostnamesPath.index(j), hostname, Formats.dns1123Subdomain(hostname), errors);
      }
    }
  }
}
