package io.whalepod.model;

/**
 * A TCP connect into the pod's network.
 *
 * @param port the port number or name
 * @param host the host to connect to, or null for the pod's own address
 */
public record TcpSocketAction(IntOrString port, String host) implements Handler {
  /**
   * A connect to {@code port} of the pod.
   *
   * @param port the port number
   * @return the action
   */
  public static TcpSocketAction of(int port) {
    return new TcpSocketAction(IntOrString.of(port), null);
  }
}
