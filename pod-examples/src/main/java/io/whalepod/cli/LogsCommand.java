package io.whalepod.cli;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.Container;
import io.whalepod.model.Pod;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whalepod logs NAME [-c CONTAINER]}: what a container has written so far. */
@Command(name = "logs", description = "Print the logs of a container in a pod.")
final class LogsCommand implements Callable<Integer> {
  /** The annotation naming the container kubectl logs and exec use when -c is not given. */
  static final String DEFAULT_CONTAINER = "kubectl.kubernetes.io/default-container";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The pod.")
  String name;

  @Option(names = {"-c", "--container"}, description = "The container (default: the pod's first).")
  String container;

  @CommandLine.Mixin
  NamespaceOption namespace;

  @Override
  public Integer call() {
    try (PodRuntime runtime = Runtimes.open()) {
      PodHandle handle = Runtimes.find(runtime, namespace.resolve(), name);
      spec.commandLine().getOut().print(handle.logs(containerOf(handle.pod(), container)));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  /** The container asked for, else the one the pod's annotation names, else the first app container. */
  static String containerOf(Pod pod, String asked) {
    if (asked != null) {
      return asked;
    }
    String annotated = pod.metadata() == null ? null : pod.metadata().annotations().get(DEFAULT_CONTAINER);
    if (annotated != null && pod.spec().container(annotated).isPresent()) {
      return annotated;
    }
    return pod.spec().containers().stream().map(Container::name).findFirst()
        .orElseThrow(() -> new CliException("pod \"" + pod.name() + "\" has no containers"));
  }
}
