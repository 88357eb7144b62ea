package io.whalepod.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Order statistics of a set of durations, in milliseconds. Percentiles by nearest rank. */
record Stats(int count, double min, double median, double p99, double max) {

  static Stats of(Collection<Duration> durations) {
    if (durations.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    List<Double> ms = new ArrayList<>();
    durations.forEach(d -> ms.add(d.toNanos() / 1e6));
    ms.sort(null);
    return new Stats(ms.size(), ms.get(0), median(ms), percentile(ms, 99), ms.get(ms.size() - 1));
  }

  /** The mean of the two middle values for an even count. */
  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Nearest rank: the smallest sample with at least p % of the samples at or below it. */
  static double percentile(List<Double> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  /** "min / median / max" in whole milliseconds, as the table shows it. */
  String spread() {
    return String.format(Locale.ROOT, "%.0f / **%.0f** / %.0f", min, median, max);
  }
}
