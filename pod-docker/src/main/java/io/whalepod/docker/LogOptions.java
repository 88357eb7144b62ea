package io.whalepod.docker;

/**
 * Options of {@link PodHandle#logs(String, LogOptions)}, as {@code kubectl logs} has them.
 *
 * @param tail       the last lines only; null: all
 * @param timestamps prefix each line with its RFC 3339 time
 * @param follow     keep streaming until the container stops
 * @param previous   the previous run of the container (the one before its last restart)
 */
public record LogOptions(Integer tail, boolean timestamps, boolean follow, boolean previous) {
  /** Every line written so far, without timestamps. */
  public static final LogOptions ALL = new LogOptions(null, false, false, false);

  public LogOptions {
    if (tail != null && tail < 0) {
      tail = null; // kubectl: -1 means every line
    }
  }

  public LogOptions withTail(Integer lines) {
    return new LogOptions(lines, timestamps, follow, previous);
  }

  public LogOptions withTimestamps(boolean on) {
    return new LogOptions(tail, on, follow, previous);
  }

  public LogOptions withFollow(boolean on) {
    return new LogOptions(tail, timestamps, on, previous);
  }

  public LogOptions withPrevious(boolean on) {
    return new LogOptions(tail, timestamps, follow, on);
  }
}
