package io.whalepod.cli;

import io.whalepod.docker.LogOptions;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code whalepod logs NAME [-c CONTAINER] [-f] [-p] [--tail N] [--timestamps]}: what a container has written. */
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

  @CommandLine.Option(names = {"-f", "--follow"}, description = "Stream the log until the container stops.")
  boolean follow;

  @CommandLine.Option(names = {"-p", "--previous"},
      description = "The log of the previous run of the container, before its last restart.")
  boolean previous;

  @Override
  public Integer call() {
    try (PodRuntime runtime = Runtimes.open()) {
      PodHandle handle = target.pod(runtime);
      LogOptions options = LogOptions.ALL.withTail(tail).withTimestamps(timestamps).withFollow(follow)
          .withPrevious(previous);
      spec.commandLine().getOut().flush();
      // Bytes straight through, as the container wrote them: a chunk may end inside a UTF-8 sequence.
      handle.logs(target.container(handle.pod()), options, System.out);
      System.out.flush();
    }
    return 0;
  }
}
