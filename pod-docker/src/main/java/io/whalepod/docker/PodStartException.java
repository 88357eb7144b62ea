package io.whalepod.docker;

/**
 * Creating or starting a pod failed half-way (a port already taken, a bad mount, a container that Docker refused).
 * Everything already created was removed before this was thrown.
 */
public class PodStartException extends PodException {
  public PodStartException(String pod, String container, String message, Throwable cause) {
    super(pod, container, message, cause);
  }
}
