package io.whalepod.bench;

import java.time.Duration;

/** One round of one method: how long up, ready (from the same start) and down took. */
record Sample(String method, int round, Duration up, Duration ready, Duration down) {

  /** A CSV line: method,round,up_ms,ready_ms,down_ms. */
  String csv() {
    return String.format(java.util.Locale.ROOT, "\"%s\",%d,%.3f,%.3f,%.3f", method, round,
        up.toNanos() / 1e6, ready.toNanos() / 1e6, down.toNanos() / 1e6);
  }

  static final String CSV_HEADER = "method,round,up_ms,ready_ms,down_ms";
}
