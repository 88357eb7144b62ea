package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A document of a manifest file, told apart by its {@code kind}: Pods run; ConfigMaps and Secrets feed their
 * volumes.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind",
    visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = Pod.class, name = "Pod"),
    @JsonSubTypes.Type(value = ConfigMap.class, name = "ConfigMap"),
    @JsonSubTypes.Type(value = Secret.class, name = "Secret")})
public sealed interface KubernetesObject permits Pod, ConfigMap, Secret {
  /**
   * The API version, such as {@code v1}.
   *
   * @return the API version; may be null in a manifest not validated yet
   */
  String apiVersion();

  /**
   * The kind, such as {@code Pod}.
   *
   * @return the kind
   */
  String kind();

  /**
   * The object's name, namespace, labels and annotations.
   *
   * @return the metadata; may be null in a manifest not validated yet
   */
  ObjectMeta metadata();
}
