package io.whalepod.model;

import java.util.List;

/** An extra /etc/hosts entry for every container of the pod. */
public record HostAlias(String ip, List<String> hostnames) {
  public HostAlias {
    hostnames = Copies.list(hostnames);
  }

  public static HostAlias of(String ip, String... hostnames) {
    return new HostAlias(ip, List.of(hostnames));
  }
}
