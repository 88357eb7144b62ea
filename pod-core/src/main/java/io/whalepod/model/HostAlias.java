package io.whalepod.model;

import java.util.List;

/**
 * An extra /etc/hosts entry for every container of the pod.
 *
 * @param ip        the address
 * @param hostnames the names that resolve to it
 */
public record HostAlias(String ip, List<String> hostnames) {
  /**
   * Copies the lists: null becomes empty, and the record holds unmodifiable copies.
   *
   * @param ip        the address
   * @param hostnames the names that resolve to it
   */
  public HostAlias {
    hostnames = Copies.list(hostnames);
  }

  /**
   * An entry for these names.
   *
   * @param ip the address
   * @param hostnames the names that resolve to it
   * @return the entry
   */
  public static HostAlias of(String ip, String... hostnames) {
    return new HostAlias(ip, List.of(hostnames));
  }
}
