package io.whalepod.model;

import java.util.List;

/** Files from a Secret (given in Java or as a {@code kind: Secret} document in the same file). */
public record SecretVolumeSource(String secretName, List<KeyToPath> items, Integer defaultMode, Boolean optional)
    implements VolumeSource {
  public SecretVolumeSource {
    items = Copies.list(items);
  }
}
