package io.whalepod.model;

import java.util.List;

/** Files from a ConfigMap (given in Java or as a {@code kind: ConfigMap} document in the same file). */
public record ConfigMapVolumeSource(String name, List<KeyToPath> items, Integer defaultMode, Boolean optional)
    implements VolumeSource {
  public ConfigMapVolumeSource {
    items = Copies.list(items);
  }
}
