package io.whalepod.cli;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code whalepod logs NAME [-c CONTAINER]}: what a container has written so far. */
@Command(name = "logs", description = "Print the logs of a container in a pod.")
final class LogsCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  ContainerTarget target;

  @Override
  public Integer call() {
    try (PodRuntime runtime = Runtimes.open()) {
      PodHandle handle = target.pod(runtime);
      spec.commandLine().getOut().print(handle.logs(target.container(handle.pod())));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
