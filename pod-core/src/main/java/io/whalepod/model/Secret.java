package io.whalepod.model;

import java.util.Map;

/** A {@code kind: Secret} document: {@code data} base64-encoded, {@code stringData} plain. */
public record Secret(String apiVersion, String kind, ObjectMeta metadata, Map<String, String> data,
    Map<String, String> stringData, String type) implements KubernetesObject {
  public Secret {
    data = Copies.map(data);
    stringData = Copies.map(stringData);
  }

  public static Secret of(String name, Map<String, String> stringData) {
    return new Secret("v1", "Secret", ObjectMeta.named(name), null, stringData, null);
  }

  /** Decoded content: {@code data} (base64) merged with {@code stringData}, which wins as in Kubernetes. */
  public Map<String, byte[]> decoded() {
    var out = new java.util.LinkedHashMap<String, byte[]>();
    data.forEach((k, v) -> out.put(k, java.util.Base64.getMimeDecoder().decode(v)));
    stringData.forEach((k, v) -> out.put(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return out;
  }
}
