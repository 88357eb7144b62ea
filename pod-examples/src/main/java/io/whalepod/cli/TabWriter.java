package io.whalepod.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The subset of Go's {@code text/tabwriter} that kubectl describe relies on (minwidth 0, padding 2, spaces): in a
 * run of consecutive lines holding a tab, the text before the first tab is padded to the run's widest plus 2. A line
 * without a tab ends the run.
 */
final class TabWriter {
  private static final int PADDING = 2;
  private final List<String> lines = new ArrayList<>();

  /** Adds one line (no newline); at most its first tab aligns. */
  TabWriter line(String line) {
    lines.add(line);
    return this;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).indexOf('\t') < 0) {
        out.append(lines.get(i++)).append('\n');
        continue;
      }
      int end = i;
      int width = 0;
      while (end < lines.size() && lines.get(end).indexOf('\t') >= 0) {
        width = Math.max(width, lines.get(end).indexOf('\t'));
        end++;
      }
      for (; i < end; i++) {
        String line = lines.get(i);
        int tab = line.indexOf('\t');
        String first = line.substring(0, tab);
        out.append(first).append(" ".repeat(width + PADDING - first.length()))
            .append(line.substring(tab + 1).replace('\t', ' ')).append('\n');
      }
    }
    return out.toString();
  }
}
