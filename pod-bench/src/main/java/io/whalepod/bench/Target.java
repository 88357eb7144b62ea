package io.whalepod.bench;

import java.util.Locale;

/** One target of the issue, judged on this run's figures. */
record Target(String goal, boolean met, String measured) {

  /** Met when {@code value ≤ factor × reference} (medians of the same run). */
  static Target ratio(String goal, double value, double reference, double factor, boolean strict) {
    double ratio = value / reference;
    boolean met = strict ? ratio < factor : ratio <= factor;
    return new Target(goal, met, String.format(Locale.ROOT, "%.0f ms vs %.0f ms: ratio %.2f (target %s %.2f)",
        value, reference, ratio, strict ? "<" : "≤", factor));
  }

  String row() {
    return "| " + goal + " | " + (met ? "met" : "**missed**") + " | " + measured + " |";
  }
}
