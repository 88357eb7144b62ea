package io.whalepod.model;

import java.util.List;

/**
 * Files from a Secret (given in Java or as a {@code kind: Secret} document in the same file).
 *
 * @param secretName  the Secret's name
 * @param items       which keys to project and to which paths; empty projects every key under its own name
 * @param defaultMode the files' permission bits; null for {@code 0644}
 * @param optional    whether the pod may start without the Secret; null means false
 */
public record SecretVolumeSource(String secretName, List<KeyToPath> items, Integer defaultMode, Boolean optional)
    implements VolumeSource {
  /**
   * Copies the lists: null becomes empty, and the record holds unmodifiable copies.
   *
   * @param secretName  the Secret's name
   * @param items       which keys to project and to which paths; empty projects every key under its own name
   * @param defaultMode the files' permission bits; null for {@code 0644}
   * @param optional    whether the pod may start without the Secret; null means false
   */
  public SecretVolumeSource {
    items = Copies.list(items);
  }
}
