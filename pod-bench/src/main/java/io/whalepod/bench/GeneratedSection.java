package io.whalepod.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The part of a markdown file between two markers that the benchmark rewrites; the text around it is kept. */
final class GeneratedSection {
  static final String BEGIN = "<!-- bench:begin (written by scripts/bench.sh) -->";
  static final String END = "<!-- bench:end -->";

  private GeneratedSection() {}

  static void replace(Path file, String content) throws IOException {
    String old = Files.exists(file) ? Files.readString(file) : "";
    Files.writeString(file, replaced(old, content));
  }

  static String replaced(String document, String content) {
    String section = BEGIN + "\n" + content.strip() + "\n" + END;
    int begin = document.indexOf(BEGIN);
    int end = document.indexOf(END);
    if (begin < 0 || end < begin) {
      return document + (document.isEmpty() || document.endsWith("\n") ? "" : "\n") + section + "\n";
    }
    return document.substring(0, begin) + section + document.substring(end + END.length());
  }
}
