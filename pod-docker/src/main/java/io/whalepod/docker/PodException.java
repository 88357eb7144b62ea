package io.whalepod.docker;

import io.whalepod.WhalepodException;

/** An error about one pod (and, where known, one of its containers). */
public class PodException extends WhalepodException {
  /** The pod's name. */
  private final String pod;
  /** The container, or null. */
  private final String container;

  /**
   * Creates the exception; the message is prefixed with the pod's and the container's names.
   *
   * @param pod the pod's name (namespace/name when not default)
   * @param container the container the error is about, or null when it concerns the whole pod
   * @param message what went wrong
   * @param cause the underlying error, or null
   */
  public PodException(String pod, String container, String message, Throwable cause) {
    super(render(pod, container, message), cause);
    this.pod = pod;
    this.container = container;
  }

  private static String render(String pod, String container, String message) {
    return "pod \"" + pod + "\"" + (container == null ? "" : ", container \"" + container + "\"") + ": " + message;
  }

  /**
   * The pod the error is about.
   *
   * @return the pod's name (namespace/name when not default)
   */
  public String pod() {
    return pod;
  }

  /**
   * The container the error is about.
   *
   * @return the container's name, or null when the error concerns the whole pod
   */
  public String container() {
    return container;
  }
}
