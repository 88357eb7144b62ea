package io.whalepod.docker;

/** A wait for a pod's condition ran out of time; the message names the pod's last phase. */
public class PodTimeoutException extends PodException {
  /**
   * Creates the exception.
   *
   * @param pod the pod's name
   * @param message what was awaited, naming the pod's last phase
   */
  public PodTimeoutException(String pod, String message) {
    super(pod, null, message, null);
  }
}
