package io.whalepod.validation;

import static io.whalepod.validation.MetadataValidator.invalidEach;

import io.whalepod.model.Quantity;
import io.whalepod.model.ResourceRequirements;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Kubernetes' {@code ValidateResourceRequirements} for a container's limits and requests. */
final class ResourceValidator {
  private static final Set<String> STANDARD_CONTAINER_RESOURCES = Set.of("cpu", "memory", "ephemeral-storage");
  private static final String HUGEPAGES_PREFIX = "hugepages-";

  private ResourceValidator() {}

  static void validateResourceRequirements(ResourceRequirements resources, FieldPath path,
      List<FieldError> errors) {
    FieldPath limitsPath = path.child("limits");
    FieldPath requestsPath = path.child("requests");
    resources.limits().forEach((name, quantity) ->
        validateResourceEntry(name, quantity, limitsPath.key(String.valueOf(name)), errors));
    resources.requests().forEach((name, quantity) -> {
      validateResourceEntry(name, quantity, requestsPath.key(String.valueOf(name)), errors);
      if (name != null && quantity != null) {
        validateRequestAgainstLimit(name, quantity, resources.limits(), limitsPath, requestsPath, errors);
      }
    });
    boolean cpuOrMemory = Set.of("cpu", "memory").stream()
        .anyMatch(r -> resources.limits().containsKey(r) || resources.requests().containsKey(r));
    boolean hugePages = resources.limits().keySet().stream().anyMatch(ResourceValidator::isHugePages)
        || resources.requests().keySet().stream().anyMatch(ResourceValidator::isHugePages);
    if (hugePages && !cpuOrMemory) {
      errors.add(FieldError.forbidden(path, "HugePages require cpu or memory"));
    }
  }

  private static void validateResourceEntry(String name, Quantity quantity, FieldPath path,
      List<FieldError> errors) {
    validateResourceName(name == null ? "" : name, path, errors);
    if (quantity == null) {
      errors.add(FieldError.required(path, ""));
      return;
    }
    if (quantity.isNegative()) {
      errors.add(FieldError.invalid(path, quantity.toString(), "must be greater than or equal to 0"));
    }
    if (isExtended(name) && quantity.milliValue() % 1000 != 0) {
      errors.add(FieldError.invalid(path, quantity, "must be an integer"));
    }
  }

  /** Requests never exceed limits; huge pages and extended resources cannot be overcommitted at all. */
  private static void validateRequestAgainstLimit(String name, Quantity request, Map<String, Quantity> limits,
      FieldPath limitsPath, FieldPath requestsPath, List<FieldError> errors) {
    Quantity limit = limits.get(name);
    if (limit != null) {
      int cmp = request.value().compareTo(limit.value());
      if (cmp != 0 && !overcommitAllowed(name)) {
        errors.add(FieldError.invalid(requestsPath, request.toString(),
            "must be equal to " + name + " limit of " + limit));
      } else if (cmp > 0) {
        errors.add(FieldError.invalid(requestsPath, request.toString(),
            "must be less than or equal to " + name + " limit of " + limit));
      }
    } else if (!limits.containsKey(name) && !overcommitAllowed(name)) {
      errors.add(FieldError.required(limitsPath, "Limit must be set for non overcommitable resources"));
    }
  }

  /**
   * {@code validateContainerResourceName}: a bare name is one of cpu, memory, ephemeral-storage, hugepages-*;
   * anything else needs a domain ({@code example.com/gpu}).
   */
  static void validateResourceName(String name, FieldPath path, List<FieldError> errors) {
    List<String> problems = Formats.qualifiedName(name);
    invalidEach(path, name, problems, errors);
    if (!problems.isEmpty()) {
      return;
    }
    if (!name.contains("/")) {
      if (!STANDARD_CONTAINER_RESOURCES.contains(name) && !isHugePages(name)) {
        errors.add(FieldError.invalid(path, name, "must be a standard resource for containers"));
      }
    } else if (!isNative(name) && !isExtended(name)) {
      errors.add(FieldError.invalid(path, name, "doesn't follow extended resource name standard"));
    }
  }

  private static boolean isHugePages(String name) {
    return name != null && name.startsWith(HUGEPAGES_PREFIX);
  }

  /** {@code IsNativeResource}: no domain, or a {@code kubernetes.io/} one. */
  private static boolean isNative(String name) {
    return !name.contains("/") || name.contains("kubernetes.io/");
  }

  /** {@code IsExtendedResourceName}: a domain-qualified name that also works with quota's {@code requests.} prefix. */
  private static boolean isExtended(String name) {
    if (name == null || isNative(name) || name.startsWith("requests.")) {
      return false;
    }
    return Formats.qualifiedName("requests." + name).isEmpty();
  }

  private static boolean overcommitAllowed(String name) {
    return isNative(name) && !isHugePages(name);
  }
}
