package io.whalepod.validation;

import io.whalepod.model.ObjectMeta;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** apimachinery's {@code ValidateObjectMeta} for a pod: name, generateName, namespace, labels, annotations. */
final class MetadataValidator {
  /** apimachinery's {@code TotalAnnotationSizeLimitB}. */
  static final int TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

  private MetadataValidator() {}

  /** A null metadata is validated as an empty one, so the missing name is reported where it belongs. */
  static void validateObjectMeta(ObjectMeta meta, FieldPath path, List<FieldError> errors) {
    ObjectMeta m = meta == null ? ObjectMeta.named(null) : meta;
    boolean hasGenerateName = !isEmpty(m.generateName());
    if (isEmpty(m.name())) {
      // Kubernetes fills the name from generateName before validating; without either there is no pod.
      if (!hasGenerateName) {
        errors.add(FieldError.required(path.child("name"), "name or generateName is required"));
      }
    } else {
      invalidEach(path.child("name"), m.name(), Formats.dns1123Subdomain(m.name()), errors);
    }
    if (hasGenerateName) {
      // Prefix mode: a trailing dash is fine, random characters follow it.
      String masked = m.generateName().endsWith("-") && m.generateName().length() > 1
          ? m.generateName().substring(0, m.generateName().length() - 1) + "a" : m.generateName();
      invalidEach(path.child("generateName"), m.generateName(), Formats.dns1123Subdomain(masked), errors);
    }
    if (!isEmpty(m.namespace())) {
      invalidEach(path.child("namespace"), m.namespace(), Formats.dns1123Label(m.namespace()), errors);
    }
    validateLabels(m.labels(), path.child("labels"), errors);
    validateAnnotations(m.annotations(), path.child("annotations"), errors);
  }

  /** {@code ValidateLabels}: errors name the map, not the key, as Kubernetes does. */
  static void validateLabels(Map<String, String> labels, FieldPath path, List<FieldError> errors) {
    labels.forEach((key, value) -> {
      String k = key == null ? "" : key;
      String v = value == null ? "" : value;
      invalidEach(path, k, Formats.qualifiedName(k), errors);
      invalidEach(path, v, Formats.labelValue(v), errors);
    });
  }

  /** {@code ValidateAnnotations}: keys are qualified names in any case; all of them fit in 256 KiB. */
  static void validateAnnotations(Map<String, String> annotations, FieldPath path, List<FieldError> errors) {
    long size = 0;
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      String key = e.getKey() == null ? "" : e.getKey();
      invalidEach(path, key, Formats.qualifiedName(key.toLowerCase(Locale.ROOT)), errors);
      size += bytes(key) + bytes(e.getValue());
    }
    if (size > TOTAL_ANNOTATION_SIZE_LIMIT) {
      errors.add(FieldError.tooLong(path, "", TOTAL_ANNOTATION_SIZE_LIMIT));
    }
  }

  /** One Invalid error per message, as Kubernetes reports each broken rule of a name separately. */
  static void invalidEach(FieldPath path, Object value, List<String> messages, List<FieldError> errors) {
    messages.forEach(msg -> errors.add(FieldError.invalid(path, value, msg)));
  }

  static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  private static long bytes(String s) {
    return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
  }
}
