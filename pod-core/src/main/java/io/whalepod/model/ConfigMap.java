package io.whalepod.model;

import java.util.Map;

/**
 * A {@code kind: ConfigMap} document whose keys a pod can mount as files.
 *
 * @param apiVersion always {@code v1}
 * @param kind       always {@code ConfigMap}
 * @param metadata   the ConfigMap's name and namespace
 * @param data       UTF-8 values by key
 * @param binaryData base64-encoded values by key
 */
public record ConfigMap(String apiVersion, String kind, ObjectMeta metadata, Map<String, String> data,
    Map<String, String> binaryData) implements KubernetesObject {
  /**
   * Copies the maps: null becomes empty, and the record holds unmodifiable copies.
   *
   * @param apiVersion always {@code v1}
   * @param kind       always {@code ConfigMap}
   * @param metadata   the ConfigMap's name and namespace
   * @param data       UTF-8 values by key
   * @param binaryData base64-encoded values by key
   */
  public ConfigMap {
    data = Copies.map(data);
    binaryData = Copies.map(binaryData);
  }

  /**
   * A ConfigMap with text values only.
   *
   * @param name the ConfigMap's name
   * @param data the values by key; may be null
   * @return the ConfigMap
   */
  public static ConfigMap of(String name, Map<String, String> data) {
    return new ConfigMap("v1", "ConfigMap", ObjectMeta.named(name), data, null);
  }
}
