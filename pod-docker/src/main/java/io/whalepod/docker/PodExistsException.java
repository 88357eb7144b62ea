package io.whalepod.docker;

/** A pod of that name already exists in its namespace (or another process claimed the name at the same moment). */
public final class PodExistsException extends PodException {
  /**
   * Creates the exception.
   *
   * @param pod the pod's name
   * @param namespace its namespace
   */
  public PodExistsException(String pod, String namespace) {
    super(pod, null, "already exists in namespace \"" + namespace + "\"", null);
  }
}
