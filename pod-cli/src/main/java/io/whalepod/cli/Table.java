package io.whalepod.cli;

import java.util.List;

/** Columns as kubectl's tabwriter prints them: each padded to its longest cell plus 3 spaces, the last not. */
final class Table {
  private static final int GAP = 3;

  private Table() {}

  /** The rows (header first) as lines, each ending with a newline. */
  static String format(List<List<String>> rows) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        out.append(cell);
        if (i < row.size() - 1) {
          out.append(" ".repeat(widths[i] - cell.length() + GAP));
        }
      }
      out.append('\n');
    }
    return out.toString();
  }
}
