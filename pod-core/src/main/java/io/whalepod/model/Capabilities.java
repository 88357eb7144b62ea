package io.whalepod.model;

import java.util.List;

/** Linux capabilities to add to or drop from a container's default set. */
public record Capabilities(List<String> add, List<String> drop) {
  public Capabilities {
    add = Copies.list(add);
    drop = Copies.list(drop);
  }
}
