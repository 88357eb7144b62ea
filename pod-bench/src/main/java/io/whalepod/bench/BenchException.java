package io.whalepod.bench;

/** A benchmark step failed: a peer's command exited non-zero, the engine refused a call, a pod never got ready. */
final class BenchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
