package io.whalepod.docker;

/**
 * Options of {@link PodHandle#logs(String, LogOptions)}: {@code tail} the last lines only (null: all), {@code timestamps}
 * prefixes each line with its RFC 3339 time, as {@code kubectl logs --tail --timestamps}.
 */
public record LogOptions(Integer tail, boolean timestamps) {
  public static final LogOptions ALL = new LogOptions(null, false);

  public LogOptions {
    if (tail != null && tail < 0) {
      tail = null; // kubectl: -1 means every line
    }
  }
}
