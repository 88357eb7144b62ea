package io.whalepod.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {
  @Test
  void rendersHeaderSeparatorAndRows() {
    String table = new MarkdownTable("method", "up").row("raw", "1 / **2** / 3").render();
    assertEquals("| method | up |\n| --- | --- |\n| raw | 1 / **2** / 3 |\n", table);
  }

  @Test
  void escapesPipesInCells() {
    assertEquals("| a |\n| --- |\n| x \\| y |\n", new MarkdownTable("a").row("x | y").render());
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new MarkdownTable("a", "b").row("only one"));
  }

  @Test
  void theGeneratedSectionReplacesOnlyWhatIsBetweenTheMarkers() {
    String doc = "intro\n" + GeneratedSection.BEGIN + "\nold\n" + GeneratedSection.END + "\nanalysis\n";
    assertEquals("intro\n" + GeneratedSection.BEGIN + "\nnew\n" + GeneratedSection.END + "\nanalysis\n",
        GeneratedSection.replaced(doc, "new\n"));
  }

  @Test
  void withoutMarkersTheSectionIsAppended() {
    assertEquals("intro\n" + GeneratedSection.BEGIN + "\nnew\n" + GeneratedSection.END + "\n",
        GeneratedSection.replaced("intro\n", "new"));
  }
}
