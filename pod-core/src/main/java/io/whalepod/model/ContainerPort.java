package io.whalepod.model;

/**
 * A port a container listens on, optionally published on the host ({@code hostPort}).
 *
 * @param name          a name probes and hooks can refer to the port by; may be null
 * @param hostPort      the host port it is published on; null when not published
 * @param containerPort the port inside the pod
 * @param protocol      {@code TCP}, {@code UDP} or {@code SCTP}; null until defaulted to {@code TCP}
 * @param hostIP        the host address to publish on; null for all
 */
public record ContainerPort(String name, Integer hostPort, Integer containerPort, String protocol, String hostIP) {

  /**
   * An empty name, protocol or host address means unset, as in Kubernetes; they are kept as null, so a port reads
   * back from YAML as it was written (empty strings are not written).
   *
   * @param name          an IANA service name probes and hooks can refer to; may be null
   * @param hostPort      the host port it is published on; null for none
   * @param containerPort the port inside the pod
   * @param protocol      {@code TCP}, {@code UDP} or {@code SCTP}; null until defaulted to {@code TCP}
   * @param hostIP        the host address to publish on; null for all
   */
  public ContainerPort {
    name = name == null || name.isEmpty() ? null : name;
    protocol = protocol == null || protocol.isEmpty() ? null : protocol;
    hostIP = hostIP == null || hostIP.isEmpty() ? null : hostIP;
  }

  /**
   * An unnamed TCP port, not published on the host.
   *
   * @param containerPort the port inside the pod
   * @return the port
   */
  public static ContainerPort of(int containerPort) {
    return new ContainerPort(null, null, containerPort, null, null);
  }

  /**
   * Publishes the port on the host, as Kubernetes does for {@code hostPort}.
   *
   * @param port the host port
   * @return the new port; this one is unchanged
   */
  public ContainerPort onHostPort(int port) {
    return new ContainerPort(name, port, containerPort, protocol, hostIP);
  }

  /**
   * A copy with a name probes and hooks can refer to.
   *
   * @param portName an IANA service name, such as {@code http}
   * @return the new port; this one is unchanged
   */
  public ContainerPort withName(String portName) {
    return new ContainerPort(portName, hostPort, containerPort, protocol, hostIP);
  }

  /**
   * A copy with another protocol.
   *
   * @param proto {@code TCP}, {@code UDP} or {@code SCTP}
   * @return the new port; this one is unchanged
   */
  public ContainerPort withProtocol(String proto) {
    return new ContainerPort(name, hostPort, containerPort, proto, hostIP);
  }
}
