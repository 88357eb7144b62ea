package io.whalepod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTest {
  @Test
  void everyVerbPrintsItsUsageOnHelpWithoutTouchingTheEngine() {
    for (String verb : WhalepodCommand.commandLine().getSubcommands().keySet()) {
      CommandLine cli = WhalepodCommand.commandLine();
      StringWriter out = new StringWriter();
      cli.setOut(new PrintWriter(out));
      assertEquals(0, cli.execute(verb, "--help"), verb);
      assertTrue(out.toString().contains("Usage: whalepod " + verb + " "), verb + ": " + out);
    }
  }
}
