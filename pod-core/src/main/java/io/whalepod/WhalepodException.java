package io.whalepod;

/** The base of every error Whalepod raises; catch it to handle all of them. */
public class WhalepodException extends RuntimeException {
  public WhalepodException(String message) {
    super(message);
  }

  public WhalepodException(String message, Throwable cause) {
    super(message, cause);
  }
}
