package io.whalepod.cli;

import picocli.CommandLine;

/** Entry point of the {@code whalepod} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code (0, 1, or an exec'd command's own). */
  public static int run(String... args) {
    return WhalepodCommand.commandLine().execute(args);
  }
}
