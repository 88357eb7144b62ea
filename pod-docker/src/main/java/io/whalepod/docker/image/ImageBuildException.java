package io.whalepod.docker.image;

import io.whalepod.WhalepodException;

/** An image Whalepod makes itself (pause, busybox, …) could not be made; the message says why. */
public class ImageBuildException extends WhalepodException {
  private static final long serialVersionUID = 1L;

  /** @param message names the image and what failed */
  public ImageBuildException(String message) {
    super(message);
  }

  /**
   * @param message names the image and what failed
   * @param cause   the underlying error; may be null
   */
  public ImageBuildException(String message, Throwable cause) {
    super(message, cause);
  }
}
