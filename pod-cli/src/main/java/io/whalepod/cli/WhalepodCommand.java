package io.whalepod.cli;

import io.whalepod.WhalepodException;
import io.whalepod.docker.PodNotFoundException;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code whalepod} command: kubectl's verbs for Pods on a local Docker engine. */
@Command(name = "whalepod", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
    description = "Run Kubernetes Pods on a plain Docker engine.",
    subcommands = {ApplyCommand.class, RunCommand.class, GetCommand.class, LogsCommand.class, ExecCommand.class,
        WaitCommand.class, DescribeCommand.class, DeleteCommand.class, NodeCommand.class, VersionCommand.class, CommandLine.HelpCommand.class,
        AutoComplete.GenerateCompletion.class})
public final class WhalepodCommand {

  @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean verbose;

  /** A configured command line: one-line errors on stderr, kubectl's exit code 1. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new WhalepodCommand());
    // Every verb answers -h/--help as kubectl's do; the root's -V/--version stays on the root.
    cli.getSubcommands().values().stream().filter(sub -> sub.getCommandSpec().optionsMap().get("--help") == null)
        .forEach(sub -> sub.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help")
            .usageHelp(true).description("Show this help message and exit.").build()));
    cli.setExecutionExceptionHandler(WhalepodCommand::handleExecutionException);
    cli.setParameterExceptionHandler(WhalepodCommand::handleParameterException);
    return cli;
  }

  private static int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    boolean verbose = parsed.hasMatchedOption("-v");
    if (verbose || !(e instanceof WhalepodException || e instanceof java.io.UncheckedIOException)) {
      e.printStackTrace(err);
    }
    err.println(e instanceof PodNotFoundException notFound ? notFound(notFound.pod()) : "error: " + e.getMessage());
    return 1;
  }

  /** kubectl's line for a pod that does not exist. */
  static String notFound(String pod) {
    return "Error from server (NotFound): pods \"" + pod + "\" not found";
  }

  private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("error: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("See '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
    return 1;
  }
}
