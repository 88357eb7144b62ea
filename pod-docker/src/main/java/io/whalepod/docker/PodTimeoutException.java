package io.whalepod.docker;

/** A wait for a pod's condition ran out of time; the message names the pod's last phase. */
public class PodTimeoutException extends PodException {
  public PodTimeoutException(String pod, String message) {
    super(pod, null, message, null);
  }
}
