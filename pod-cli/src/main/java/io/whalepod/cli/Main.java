package io.whalepod.cli;

import java.util.List;

/** Entry point of the {@code whalepod} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    configureLogging(System.console() != null, List.of(args).contains("-v") || List.of(args).contains("--verbose"));
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code (0, 1, or an exec'd command's own). */
  public static int run(String... args) {
    return WhalepodCommand.commandLine().execute(args);
  }

  /**
   * Progress (building an image, pulling, restarting a member) shows on a terminal as short lines on stderr and
   * stays quiet when the output is piped, where only warnings and errors are printed; {@code -v} shows everything.
   * Must run before the first logger is created: slf4j-simple reads these properties once.
   */
  static void configureLogging(boolean terminal, boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : terminal ? "info" : "warn");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", Boolean.toString(verbose));
    System.setProperty("org.slf4j.simpleLogger.showLogName", Boolean.toString(verbose));
    System.setProperty("org.slf4j.simpleLogger.showShortLogName", "false");
    System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "false");
    // Apache HttpClient's retry notes are not progress.
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.hc", verbose ? "debug" : "warn");
  }
}
