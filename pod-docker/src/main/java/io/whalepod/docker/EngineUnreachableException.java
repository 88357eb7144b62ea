package io.whalepod.docker;

import io.whalepod.WhalepodException;

/** The Docker engine did not answer; the message names the address that was tried. */
public class EngineUnreachableException extends WhalepodException {
  private static final long serialVersionUID = 1L;

  /** The address that was tried. */
  private final String dockerHost;

  /**
   * Creates the exception; the message names the address and what the transport said.
   *
   * @param dockerHost the address tried, for example {@code unix:///var/run/docker.sock}
   * @param cause what the transport reported; never null
   */
  public EngineUnreachableException(String dockerHost, Throwable cause) {
    super(
        "Docker engine at "
            + dockerHost
            + " does not answer ("
            + rootMessage(cause)
            + "). Start dockerd there, or set DOCKER_HOST to an engine that runs.",
        cause);
    this.dockerHost = dockerHost;
  }

  /**
   * The address that was tried.
   *
   * @return for example {@code unix:///var/run/docker.sock}
   */
  public String dockerHost() {
    return dockerHost;
  }

  private static String rootMessage(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
  }
}
