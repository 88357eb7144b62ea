package io.whalepod.model;

import java.util.List;

/**
 * Files from a ConfigMap (given in Java or as a {@code kind: ConfigMap} document in the same file).
 *
 * @param name        the ConfigMap's name
 * @param items       which keys to project and to which paths; empty projects every key under its own name
 * @param defaultMode the files' permission bits; null for {@code 0644}
 * @param optional    whether the pod may start without the ConfigMap; null means false
 */
public record ConfigMapVolumeSource(String name, List<KeyToPath> items, Integer defaultMode, Boolean optional)
    implements VolumeSource {
  /**
   * Copies the lists: null becomes empty, and the record holds unmodifiable copies.
   *
   * @param name        the ConfigMap's name
   * @param items       which keys to project and to which paths; empty projects every key under its own name
   * @param defaultMode the files' permission bits; null for {@code 0644}
   * @param optional    whether the pod may start without the ConfigMap; null means false
   */
  public ConfigMapVolumeSource {
    items = Copies.list(items);
  }
}
