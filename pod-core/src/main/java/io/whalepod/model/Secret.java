package io.whalepod.model;

import java.util.Map;

/**
 * A {@code kind: Secret} document: {@code data} base64-encoded, {@code stringData} plain.
 *
 * @param apiVersion always {@code v1}
 * @param kind       always {@code Secret}
 * @param metadata   the Secret's name and namespace
 * @param data       base64-encoded values by key
 * @param stringData plain values by key; win over {@code data}
 * @param type       the Secret's type, such as {@code Opaque}; may be null
 */
public record Secret(String apiVersion, String kind, ObjectMeta metadata, Map<String, String> data,
    Map<String, String> stringData, String type) implements KubernetesObject {
  /**
   * Copies the maps: null becomes empty, and the record holds unmodifiable copies.
   *
   * @param apiVersion always {@code v1}
   * @param kind       always {@code Secret}
   * @param metadata   the Secret's name and namespace
   * @param data       base64-encoded values by key
   * @param stringData plain values by key; win over {@code data}
   * @param type       the Secret's type, such as {@code Opaque}; may be null
   */
  public Secret {
    data = Copies.map(data);
    stringData = Copies.map(stringData);
  }

  /**
   * A Secret with plain values.
   *
   * @param name the Secret's name
   * @param stringData the values by key; may be null
   * @return the Secret
   */
  public static Secret of(String name, Map<String, String> stringData) {
    return new Secret("v1", "Secret", ObjectMeta.named(name), null, stringData, null);
  }

  /**
   * Decoded content: {@code data} (base64) merged with {@code stringData}, which wins as in Kubernetes.
   *
   * @return the bytes by key; a new mutable map
   */
  public Map<String, byte[]> decoded() {
    var out = new java.util.LinkedHashMap<String, byte[]>();
    data.forEach((k, v) -> out.put(k, java.util.Base64.getMimeDecoder().decode(v)));
    stringData.forEach((k, v) -> out.put(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return out;
  }
}
