package io.whalepod.yaml;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Turns Jackson's reference chain into a Kubernetes field path and Java types into YAML words. */
final class JacksonPaths {
  private JacksonPaths() {}

  /** {@code [spec, containers, 0, imag]} becomes {@code spec.containers[0].imag}. */
  static String render(List<Reference> references) {
    StringBuilder path = new StringBuilder();
    for (Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  static String describe(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "a boolean";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord() || type.isInterface()) {
      return "an object";
    }
    return "a " + type.getSimpleName();
  }
}
