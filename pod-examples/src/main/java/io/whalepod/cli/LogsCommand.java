package io.whalepod.cli;

import io.whalepod.docker.LogOptions;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code whalepod logs NAME [-c CONTAINER] [--tail N] [--timestamps]}: what a container has written so far. */
@Command(name = "logs", description = "Print the logs of a container in a pod.")
final class LogsCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  ContainerTarget target;

  @CommandLine.Option(names = "--tail", defaultValue = "-1",
      description = "Lines of recent log to show (default -1: all).")
  int tail;

  @CommandLine.Option(names = "--timestamps", description = "Prefix each line with its RFC 3339 timestamp.")
  boolean timestamps;

  @Override
  public Integer call() {
    try (PodRuntime runtime = Runtimes.open()) {
      PodHandle handle = target.pod(runtime);
      LogOptions options = new LogOptions(tail < 0 ? null : tail, timestamps);
      spec.commandLine().getOut().print(handle.logs(target.container(handle.pod()), options));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
