package io.whalepod.docker;

/**
 * Creating or starting a pod failed half-way (a port already taken, a bad mount, a container that Docker refused).
 * Everything already created was removed before this was thrown.
 */
public class PodStartException extends PodException {
  /**
   * Creates the exception.
   *
   * @param pod the pod's name
   * @param container the container that failed, or null when it concerns the whole pod
   * @param message what failed
   * @param cause the underlying error, or null
   */
  public PodStartException(String pod, String container, String message, Throwable cause) {
    super(pod, container, message, cause);
  }
}
