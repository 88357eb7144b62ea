package io.whalepod.model;

/** A TCP connect into the pod's network. */
public record TcpSocketAction(IntOrString port, String host) implements Handler {
  public static TcpSocketAction of(int port) {
    return new TcpSocketAction(IntOrString.of(port), null);
  }
}
