package io.whalepod;

/** The base of every error Whalepod raises; catch it to handle all of them. */
public class WhalepodException extends RuntimeException {
  /**
   * An error without an underlying cause.
   *
   * @param message what went wrong, for a person to read
   */
  public WhalepodException(String message) {
    super(message);
  }

  /**
   * An error caused by another one.
   *
   * @param message what went wrong, for a person to read
   * @param cause   the underlying error; may be null
   */
  public WhalepodException(String message, Throwable cause) {
    super(message, cause);
  }
}
