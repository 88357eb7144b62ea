package io.whalepod.cli;

import io.whalepod.docker.ExecResult;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code whalepod exec NAME [-c C] -- CMD...}: runs a command in a container; exits with its exit code. */
@Command(name = "exec", description = "Run a command in a container (exec NAME -- COMMAND...).")
final class ExecCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", description = "The command, after --.")
  List<String> command;

  @CommandLine.Mixin
  ContainerTarget target;

  @Override
  public Integer call() {
    try (PodRuntime runtime = Runtimes.open()) {
      PodHandle handle = target.pod(runtime);
      ExecResult result = handle.exec(target.container(handle.pod()), command.toArray(String[]::new));
      spec.commandLine().getOut().print(result.stdout());
      spec.commandLine().getOut().flush();
      spec.commandLine().getErr().print(result.stderr());
      spec.commandLine().getErr().flush();
      return result.exitCode();
    }
  }
}
