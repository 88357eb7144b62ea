package io.whalepod.cli;

import io.whalepod.docker.PodRuntime;
import io.whalepod.status.PodEventHistory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code whalepod describe pod NAME}: kubectl describe's text for a pod. */
@Command(name = "describe", description = "Show details of a pod (describe pod NAME, or pod/NAME).")
final class DescribeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..2", paramLabel = "pod NAME", description = "pod (or pods, po), then the pod's name.")
  List<String> args;

  @CommandLine.Mixin
  NamespaceOption namespace;

  @Override
  public Integer call() {
    String name = PodArgs.name(args);
    if (name == null || name.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "describe pod NAME: the pod's name is required");
    }
    try (PodRuntime runtime = Runtimes.open()) {
      String text = new PodDescriber(ZoneId.systemDefault(), Instant.now(), PodEventHistory.localNode())
          .describe(Runtimes.find(runtime, namespace.resolve(), name).get());
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
