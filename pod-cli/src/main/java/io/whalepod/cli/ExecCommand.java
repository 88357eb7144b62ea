package io.whalepod.cli;

import io.whalepod.docker.ExecStreams;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code whalepod exec NAME [-c C] [-i] [-t] -- CMD...}: runs a command in a container; exits with its exit code. */
@Command(name = "exec", description = "Run a command in a container (exec NAME -- COMMAND...).")
final class ExecCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", description = "The command, after --.")
  List<String> command;

  @CommandLine.Mixin
  ContainerTarget target;

  @CommandLine.Option(names = {"-i", "--stdin"}, description = "Pass standard input to the command.")
  boolean stdin;

  @CommandLine.Option(names = {"-t", "--tty"}, description = "Give the command a terminal.")
  boolean tty;

  @Override
  public Integer call() {
    try (PodRuntime runtime = Runtimes.open()) {
      PodHandle handle = target.pod(runtime);
      spec.commandLine().getOut().flush();
      // Bytes straight through as they come: a long-running command shows its output live.
      return handle.exec(target.container(handle.pod()),
          new ExecStreams(stdin ? System.in : null, System.out, System.err, tty), command.toArray(String[]::new));
    }
  }
}
