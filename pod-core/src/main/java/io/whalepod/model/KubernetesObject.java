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
  String apiVersion();

  String kind();

  ObjectMeta metadata();
}
