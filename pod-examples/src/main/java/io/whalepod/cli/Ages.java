package io.whalepod.cli;

import java.time.Duration;

/** The AGE column as kubectl prints it (apimachinery's {@code duration.HumanDuration}): e.g. 5s, 3m20s, 2h. */
final class Ages {
  private Ages() {}

  static String of(Duration d) {
    long seconds = d.toMillis() / 1000; // truncated toward zero, as Go's int(d.Seconds())
    if (seconds < -1) {
      return "<invalid>"; // more than clock skew in the future
    } else if (seconds < 0) {
      return "0s";
    } else if (seconds < 60 * 2) {
      return seconds + "s";
    }
    long minutes = seconds / 60;
    if (minutes < 10) {
      return join(minutes, "m", seconds % 60, "s");
    } else if (minutes < 60 * 3) {
      return minutes + "m";
    }
    long hours = minutes / 60;
    if (hours < 8) {
      return join(hours, "h", minutes % 60, "m");
    } else if (hours < 48) {
      return hours + "h";
    } else if (hours < 24 * 8) {
      return join(hours / 24, "d", hours % 24, "h");
    } else if (hours < 24 * 365 * 2) {
      return hours / 24 + "d";
    } else if (hours < 24 * 365 * 8) {
      return join(hours / 24 / 365, "y", (hours / 24) % 365, "d");
    }
    return hours / 24 / 365 + "y";
  }

  private static String join(long major, String majorUnit, long minor, String minorUnit) {
    return minor == 0 ? major + majorUnit : major + majorUnit + minor + minorUnit;
  }
}
