package io.whalepod.model;

import java.util.Map;

/** A {@code kind: ConfigMap} document whose keys a pod can mount as files. */
public record ConfigMap(String apiVersion, String kind, ObjectMeta metadata, Map<String, String> data,
    Map<String, String> binaryData) implements KubernetesObject {
  public ConfigMap {
    data = Copies.map(data);
    binaryData = Copies.map(binaryData);
  }

  public static ConfigMap of(String name, Map<String, String> data) {
    return new ConfigMap("v1", "ConfigMap", ObjectMeta.named(name), data, null);
  }
}
