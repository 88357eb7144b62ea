package io.whalepod.docker;

/** No pod of that name in that namespace on this engine. */
public class PodNotFoundException extends PodException {
  /**
   * Creates the exception.
   *
   * @param namespace the namespace searched
   * @param name the pod's name
   */
  public PodNotFoundException(String namespace, String name) {
    super(name, null, "not found in namespace \"" + namespace + "\"", null);
  }
}
