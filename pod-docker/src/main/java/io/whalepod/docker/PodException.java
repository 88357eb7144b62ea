package io.whalepod.docker;

import io.whalepod.WhalepodException;

/** An error about one pod (and, where known, one of its containers). */
public class PodException extends WhalepodException {
  private final String pod;
  private final String container;

  public PodException(String pod, String container, String message, Throwable cause) {
    super(render(pod, container, message), cause);
    this.pod = pod;
    this.container = container;
  }

  private static String render(String pod, String container, String message) {
    return "pod \"" + pod + "\"" + (container == null ? "" : ", container \"" + container + "\"") + ": " + message;
  }

  /** The pod's name (namespace/name when not default). */
  public String pod() {
    return pod;
  }

  /** The container the error is about, or null when it concerns the whole pod. */
  public String container() {
    return container;
  }
}
