package io.whalepod.yaml;

import io.whalepod.model.ConfigMap;
import io.whalepod.model.KubernetesObject;
import io.whalepod.model.Pod;
import io.whalepod.model.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of one manifest file: the pods to run and the ConfigMaps and Secrets their volumes may name.
 * Collections are unmodifiable and never null.
 *
 * @param pods       the Pod documents, in file order
 * @param configMaps the ConfigMap documents by name, in file order; a later one replaces an earlier one of the
 *                   same name
 * @param secrets    the Secret documents by name, in file order; a later one replaces an earlier one of the
 *                   same name
 */
public record Manifest(List<Pod> pods, Map<String, ConfigMap> configMaps, Map<String, Secret> secrets) {

  /**
   * Copies the collections into unmodifiable ones; none may be null.
   *
   * @param pods       the Pod documents, in file order
   * @param configMaps the ConfigMap documents by name, in file order; a later one replaces an earlier one of the
   *                   same name
   * @param secrets    the Secret documents by name, in file order; a later one replaces an earlier one of the
   *                   same name
   */
  public Manifest {
    pods = List.copyOf(pods);
    configMaps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(configMaps));
    secrets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
  }

  /**
   * Sorts documents by kind; ConfigMaps and Secrets are keyed by name.
   *
   * @param documents the documents, in file order; never null
   * @return the manifest
   */
  public static Manifest of(List<? extends KubernetesObject> documents) {
    List<Pod> pods = new ArrayList<>();
    Map<String, ConfigMap> configMaps = new LinkedHashMap<>();
    Map<String, Secret> secrets = new LinkedHashMap<>();
    for (KubernetesObject document : documents) {
      if (document instanceof Pod pod) {
        pods.add(pod);
      } else if (document instanceof ConfigMap configMap) {
        configMaps.put(nameOf(configMap), configMap);
      } else if (document instanceof Secret secret) {
        secrets.put(nameOf(secret), secret);
      }
    }
    return new Manifest(pods, configMaps, secrets);
  }

  private static String nameOf(KubernetesObject object) {
    return object.metadata() == null ? "" : String.valueOf(object.metadata().name());
  }
}
