package io.whalepod.model;

/** A port a container listens on, optionally published on the host ({@code hostPort}). */
public record ContainerPort(String name, Integer hostPort, Integer containerPort, String protocol, String hostIP) {

  public static ContainerPort of(int containerPort) {
    return new ContainerPort(null, null, containerPort, null, null);
  }

  /** Publishes the port on the host, as Kubernetes does for {@code hostPort}. */
  public ContainerPort onHostPort(int port) {
    return new ContainerPort(name, port, containerPort, protocol, hostIP);
  }

  public ContainerPort withName(String portName) {
    return new ContainerPort(portName, hostPort, containerPort, protocol, hostIP);
  }

  public ContainerPort withProtocol(String proto) {
    return new ContainerPort(name, hostPort, containerPort, proto, hostIP);
  }
}
