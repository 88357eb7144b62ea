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

  /**
   * Options as given; a negative {@code tail} means every line, as {@code kubectl logs --tail=-1} has it.
   *
   * @param tail       the last lines only; null or negative: all
   * @param timestamps prefix each line with its RFC 3339 time
   * @param follow     keep streaming until the container stops
   * @param previous   the previous run of the container (the one before its last restart)
   */
  public LogOptions {
    if (tail != null && tail < 0) {
      tail = null; // kubectl: -1 means every line
    }
  }

  /**
   * These options limited to the last lines, as {@code --tail}.
   *
   * @param lines how many of the last lines; null or negative: all
   * @return a copy with that tail; never null
   */
  public LogOptions withTail(Integer lines) {
    return new LogOptions(lines, timestamps, follow, previous);
  }

  /**
   * These options with or without a timestamp before each line, as {@code --timestamps}.
   *
   * @param on whether to prefix each line with its RFC 3339 time
   * @return a copy with that setting; never null
   */
  public LogOptions withTimestamps(boolean on) {
    return new LogOptions(tail, on, follow, previous);
  }

  /**
   * These options streaming until the container stops, or not, as {@code --follow}.
   *
   * @param on whether to keep streaming until the container stops
   * @return a copy with that setting; never null
   */
  public LogOptions withFollow(boolean on) {
    return new LogOptions(tail, timestamps, on, previous);
  }

  /**
   * These options reading the container's previous run, or its current one, as {@code --previous}.
   *
   * @param on whether to read the run before the container's last restart
   * @return a copy with that setting; never null
   */
  public LogOptions withPrevious(boolean on) {
    return new LogOptions(tail, timestamps, follow, on);
  }
}
