package io.whalepod.bench;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured markdown table, built row by row. */
final class MarkdownTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  MarkdownTable(String... header) {
    this.header = List.of(header);
  }

  MarkdownTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  String render() {
    StringBuilder out = new StringBuilder();
    line(out, header);
    line(out, header.stream().map(h -> "---").toList());
    rows.forEach(r -> line(out, r));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append("| ").append(String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()))
        .append(" |\n");
  }
}
