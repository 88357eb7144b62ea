package io.whalepod.cli;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import io.whalepod.model.PodStatus;
import io.whalepod.status.KubectlStatus;
import io.whalepod.status.PodPhases;
import io.whalepod.validation.Defaults;
import io.whalepod.validation.FieldError;
import io.whalepod.validation.PodValidator;
import io.whalepod.yaml.Manifest;
import io.whalepod.yaml.ManifestWriter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whalepod apply -f FILE}: validate every pod of a manifest, then run them (or print them, dry-run). The pods
 * are detached: they outlive this process, {@code whalepod delete} removes them.
 */
@Command(name = "apply", description = "Create the pods of a manifest file (YAML or JSON, '-' for stdin).")
final class ApplyCommand implements Callable<Integer> {
  enum DryRun { none, client }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-f", "--filename"}, required = true, description = "Manifest file, or '-' for stdin.")
  String file;

  @Option(names = "--dry-run", arity = "0..1", fallbackValue = "client", defaultValue = "none",
      description = "'client': validate and print the pods with defaults, touching nothing.")
  DryRun dryRun;

  @Option(names = {"-o", "--output"}, description = "With --dry-run: yaml or json.")
  String output;

  @CommandLine.Mixin
  NamespaceOption namespace;

  @Option(names = "--wait", description = "Wait until every pod is Running and ready, or has completed.")
  boolean waitReady;

  @Option(names = "--timeout", defaultValue = "5m", description = "With --wait: how long to wait (default 5m).")
  String timeout;

  @Override
  public Integer call() {
    Manifest manifest = ManifestFiles.read(file);
    if (manifest.pods().isEmpty()) {
      spec.commandLine().getErr().println("error: no objects passed to apply");
      return 1;
    }
    List<Pod> pods = manifest.pods().stream().map(this::inNamespace).map(Defaults::apply).toList();
    if (!reportInvalid(pods)) {
      return 1;
    }
    if (dryRun == DryRun.client) {
      printDryRun(pods);
      return 0;
    }
    Duration limit = Durations.parse(timeout);
    PrintWriter out = spec.commandLine().getOut();
    try (PodRuntime runtime = Runtimes.open()) {
      List<PodHandle> handles = runtime.apply(new Manifest(pods, manifest.configMaps(), manifest.secrets()));
      handles.forEach(h -> out.println("pod/" + h.name() + " created"));
      // No scheduler keeps such a pod: say so now, since nothing on the engine will show it later.
      handles.stream().filter(h -> !h.scheduled()).forEach(h -> spec.commandLine().getErr().println("Warning: pod/"
          + h.name() + " is Pending: no node fits its nodeName/nodeSelector, so nothing was created"));
      out.flush();
      return waitReady ? await(runtime, handles, limit) : 0;
    }
  }

  /** Sets -n on pods that name no namespace; refuses a pod naming another one, as kubectl does. */
  private Pod inNamespace(Pod pod) {
    String own = pod.metadata() == null ? null : pod.metadata().namespace();
    if (!namespace.given()) {
      return pod;
    }
    if (own != null && !own.isEmpty() && !own.equals(namespace.resolve())) {
      throw new CliException("the namespace from the provided object \"" + own
          + "\" does not match the namespace \"" + namespace.resolve() + "\". You must pass '--namespace="
          + own + "' to perform this operation.");
    }
    return pod.metadata() == null ? pod : pod.withMetadata(pod.metadata().withNamespace(namespace.resolve()));
  }

  /** Polls until every pod is ready or completed: 0, or 1 when one failed or time ran out. */
  private int await(PodRuntime runtime, List<PodHandle> handles, Duration limit) {
    PrintWriter err = spec.commandLine().getErr();
    long deadline = System.nanoTime() + limit.toNanos();
    for (PodHandle handle : handles) {
      Pod[] last = new Pod[1];
      boolean settled = EventWaits.until(runtime, handle.pod().namespace(), () -> {
        last[0] = handle.get();
        String phase = last[0].status() == null ? null : last[0].status().phase();
        return PodPhases.isTerminal(phase) || ready(last[0]);
      }, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
      if (!settled) {
        err.println("error: timed out waiting for the condition on pods/" + handle.name()
            + " (" + KubectlStatus.of(last[0]) + ")");
        return 1;
      }
      if (PodPhases.FAILED.equals(last[0].status().phase())) {
        err.println("error: pod/" + handle.name() + " failed: " + KubectlStatus.of(last[0]));
        return 1;
      }
    }
    return 0;
  }

  /** Running with every app container reporting ready. */
  static boolean ready(Pod pod) {
    PodStatus status = pod.status();
    if (status == null || !PodPhases.RUNNING.equals(status.phase())) {
      return false;
    }
    List<ContainerStatus> containers = status.containerStatuses();
    return containers.size() == pod.spec().containers().size() && containers.stream().allMatch(ContainerStatus::ready);
  }

  /** Prints every error of every pod, one line each, starting with its field path; false when any. */
  private boolean reportInvalid(List<Pod> pods) {
    PrintWriter err = spec.commandLine().getErr();
    boolean valid = true;
    for (Pod pod : pods) {
      List<FieldError> errors = PodValidator.validate(pod);
      if (!errors.isEmpty() && pods.size() > 1) {
        err.println("The Pod \"" + pod.name() + "\" is invalid:");
      }
      errors.forEach(err::println);
      valid &= errors.isEmpty();
    }
    return valid;
  }

  private void printDryRun(List<Pod> pods) {
    PrintWriter out = spec.commandLine().getOut();
    if ("json".equals(output)) {
      pods.forEach(pod -> out.print(ManifestWriter.toJson(pod)));
    } else if (output == null || "yaml".equals(output)) {
      out.print(ManifestWriter.toYaml(pods));
    } else if ("name".equals(output)) {
      pods.forEach(pod -> out.println("pod/" + pod.name()));
    } else {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown output format \"" + output + "\": use yaml, json or name");
    }
    out.flush();
  }
}
