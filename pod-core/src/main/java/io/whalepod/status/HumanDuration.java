package io.whalepod.status;

import java.time.Duration;

/** apimachinery's {@code duration.HumanDuration}: two or three significant figures, as kubectl prints ages. */
public final class HumanDuration {
  private HumanDuration() {}

  /**
   * The duration as kubectl prints an age.
   *
   * @param d how long; negative when in the future (clock skew up to a second reads "0s")
   * @return for example 5s, 3m20s, 2h, 2d5h
   */
  public static String of(Duration d) {
    long seconds = d.toMillis() / 1000; // truncated toward zero, as Go's int(d.Seconds())
    // Up to two seconds in the future is clock skew, "now".
    if (seconds < -1) {
      return "<invalid>";
    } else if (seconds < 0) {
      return "0s";
    } else if (seconds < 60 * 2) {
      return seconds + "s";
    }
    long minutes = seconds / 60;
    if (minutes < 10) {
      long s = seconds % 60;
      return s == 0 ? minutes + "m" : minutes + "m" + s + "s";
    } else if (minutes < 60 * 3) {
      return minutes + "m";
    }
    long hours = minutes / 60;
    if (hours < 8) {
      long m = minutes % 60;
      return m == 0 ? hours + "h" : hours + "h" + m + "m";
    } else if (hours < 48) {
      return hours + "h";
    } else if (hours < 24 * 8) {
      long h = hours % 24;
      return h == 0 ? hours / 24 + "d" : hours / 24 + "d" + h + "h";
    } else if (hours < 24 * 365 * 2) {
      return hours / 24 + "d";
    } else if (hours < 24 * 365 * 8) {
      long days = (hours / 24) % 365;
      return days == 0 ? hours / 24 / 365 + "y" : hours / 24 / 365 + "y" + days + "d";
    }
    return hours / 24 / 365 + "y";
  }
}
