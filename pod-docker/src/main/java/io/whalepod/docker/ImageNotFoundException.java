package io.whalepod.docker;

/** An image is absent and cannot be had: pull policy Never (ErrImageNeverPull) or the pull failed. */
public class ImageNotFoundException extends PodException {
  /** The image that is missing. */
  private final String image;
  /** Kubernetes' waiting reason. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param pod the pod's name
   * @param container the container whose image is missing
   * @param image the missing image
   * @param reason Kubernetes' waiting reason: ErrImageNeverPull or ErrImagePull
   * @param detail what went wrong, for the message
   * @param cause the underlying error, or null
   */
  public ImageNotFoundException(String pod, String container, String image, String reason, String detail,
      Throwable cause) {
    super(pod, container, reason + ": " + detail, cause);
    this.image = image;
    this.reason = reason;
  }

  /**
   * The image that is missing.
   *
   * @return the image reference as the container spec names it
   */
  public String image() {
    return image;
  }

  /**
   * Kubernetes' waiting reason.
   *
   * @return ErrImageNeverPull or ErrImagePull
   */
  public String reason() {
    return reason;
  }
}
