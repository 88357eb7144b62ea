package io.whalepod.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The subset of Go's {@code text/tabwriter} that kubectl describe relies on (minwidth 0, padding 2, spaces): in a
 * run of consecutive lines holding a tab, each tab-terminated cell is padded to the widest cell of its column in the
 * run plus 2; the text after a line's last tab is not aligned. A line without a tab ends the run.
 */
final class TabWriter {
  private static final int PADDING = 2;
  private final List<String> lines = new ArrayList<>();

  /** Adds one line (no newline). */
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
      List<Integer> widths = new ArrayList<>();
      while (end < lines.size() && lines.get(end).indexOf('\t') >= 0) {
        String[] cells = lines.get(end++).split("\t", -1);
        for (int column = 0; column < cells.length - 1; column++) {
          if (widths.size() <= column) {
            widths.add(0);
          }
          widths.set(column, Math.max(widths.get(column), cells[column].length()));
        }
      }
      for (; i < end; i++) {
        String[] cells = lines.get(i).split("\t", -1);
        for (int column = 0; column < cells.length - 1; column++) {
          out.append(cells[column]).append(" ".repeat(widths.get(column) + PADDING - cells[column].length()));
        }
        out.append(cells[cells.length - 1]).append('\n');
      }
    }
    return out.toString();
  }
}
