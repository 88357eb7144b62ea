package io.whalepod.docker;

/** An image is absent and cannot be had: pull policy Never (ErrImageNeverPull) or the pull failed. */
public class ImageNotFoundException extends PodException {
  private final String image;
  private final String reason;

  public ImageNotFoundException(String pod, String container, String image, String reason, String detail,
      Throwable cause) {
    super(pod, container, reason + ": " + detail, cause);
    this.image = image;
    this.reason = reason;
  }

  public String image() {
    return image;
  }

  /** Kubernetes' waiting reason: ErrImageNeverPull or ErrImagePull. */
  public String reason() {
    return reason;
  }
}
