package io.whalepod.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable copies for record components: null becomes empty, order is kept (YAML round trips stay stable). */
final class Copies {
  private Copies() {}

  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(list));
  }

  static <K, V> Map<K, V> map(Map<K, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
