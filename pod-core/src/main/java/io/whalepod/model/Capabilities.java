package io.whalepod.model;

import java.util.List;

/**
 * Linux capabilities to add to or drop from a container's default set.
 *
 * @param add  capabilities to add, such as {@code NET_ADMIN}
 * @param drop capabilities to drop, such as {@code ALL}
 */
public record Capabilities(List<String> add, List<String> drop) {
  /**
   * Copies the lists: null becomes empty, and the record holds unmodifiable copies.
   *
   * @param add  capabilities to add, such as {@code NET_ADMIN}
   * @param drop capabilities to drop, such as {@code ALL}
   */
  public Capabilities {
    add = Copies.list(add);
    drop = Copies.list(drop);
  }
}
