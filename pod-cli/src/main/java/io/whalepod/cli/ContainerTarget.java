package io.whalepod.cli;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.Container;
import io.whalepod.model.Pod;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code NAME [-c CONTAINER] [-n NAMESPACE]}: the container that logs and exec act on (a picocli mixin). */
final class ContainerTarget {
  /** The annotation naming the container kubectl logs and exec use when -c is not given. */
  static final String DEFAULT_CONTAINER = "kubectl.kubernetes.io/default-container";

  @Parameters(index = "0", paramLabel = "NAME", description = "The pod.")
  String name;

  @Option(names = {"-c", "--container"}, description = "The container (default: the pod's first).")
  String container;

  @CommandLine.Mixin
  NamespaceOption namespace;

  /** The pod, or kubectl's NotFound error. */
  PodHandle pod(PodRuntime runtime) {
    return Runtimes.find(runtime, namespace.resolve(), name);
  }

  /** The container asked for, else the one the pod's annotation names, else the first app container. */
  String container(Pod pod) {
    if (container != null) {
      return container;
    }
    String annotated = pod.metadata() == null ? null : pod.metadata().annotations().get(DEFAULT_CONTAINER);
    if (annotated != null && pod.spec().container(annotated).isPresent()) {
      return annotated;
    }
    return pod.spec().containers().stream().map(Container::name).findFirst()
        .orElseThrow(() -> new CliException("pod \"" + pod.name() + "\" has no containers"));
  }
}
