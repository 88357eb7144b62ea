package io.whalepod.docker;

/**
 * A copy to or from a pod's container ({@link PodHandle#copyTo}, {@link PodHandle#copyFrom}) named a path that does
 * not exist in the container: the file to copy out, or the directory to copy into.
 */
public class PodFileNotFoundException extends PodException {
  /** The path as the caller named it. */
  private final String path;

  /**
   * Creates the exception; the message is prefixed with the pod's and the container's names.
   *
   * @param pod the pod's name
   * @param container the container's name in the pod's spec
   * @param path the path in the container, as the caller named it
   * @param message what is missing, naming the path
   * @param cause the engine's error, or null
   */
  public PodFileNotFoundException(String pod, String container, String path, String message, Throwable cause) {
    super(pod, container, message, cause);
    this.path = path;
  }

  /**
   * The path in the container, as the caller named it.
   *
   * @return an absolute path, for example {@code /etc/app/config.yaml}
   */
  public String path() {
    return path;
  }
}
