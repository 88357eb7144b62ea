package io.whalepod.cli;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodNotFoundException;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.Pod;
import io.whalepod.selection.LabelSelector;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whalepod delete pod NAME...} or {@code delete -f FILE}: stops and removes pods. */
@Command(name = "delete", description = "Delete pods by name or by manifest file.")
final class DeleteCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "pod NAME", description = "pod (or pods, po), then pod names.")
  List<String> args = new ArrayList<>();

  @Option(names = {"-f", "--filename"}, description = "Delete the pods of this manifest ('-' for stdin).")
  String file;

  @Option(names = "--grace-period", defaultValue = "-1",
      description = "Seconds each container has to stop after SIGTERM (default: the pod's own).")
  long gracePeriod;

  @Option(names = {"-l", "--selector"}, description = "Delete the pods whose labels match, e.g. app=web.")
  String selector;

  @Option(names = "--wait", arity = "0..1", defaultValue = "true", fallbackValue = "true",
      description = "Accepted as kubectl's; deletion always waits until everything of the pod is gone.")
  boolean waitForDeletion;

  @CommandLine.Mixin
  NamespaceOption namespace;

  /** A pod to delete: its namespace and name. */
  private record Target(String namespace, String name) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int code = 0;
    try (PodRuntime runtime = Runtimes.open()) {
      List<Target> targets = file != null ? fromFile() : selector != null ? selected(runtime) : fromArgs();
      if (targets.isEmpty() && selector != null) {
        err.println("No resources found");
      }
      for (Target target : targets) {
        Optional<PodHandle> handle = runtime.find(target.namespace(), target.name());
        if (handle.isEmpty()) {
          err.println(WhalepodCommand.notFound(target.name()));
          code = 1;
          continue;
        }
        try {
          if (gracePeriod < 0) {
            handle.get().delete();
          } else {
            handle.get().delete(Duration.ofSeconds(gracePeriod));
          }
        } catch (PodNotFoundException raced) {
          err.println(WhalepodCommand.notFound(target.name()));
          code = 1;
          continue;
        }
        out.println("pod \"" + target.name() + "\" deleted");
        out.flush();
      }
    }
    err.flush();
    return code;
  }

  private List<Target> selected(PodRuntime runtime) {
    if (args.size() == 1) {
      PodArgs.checkType(args.get(0));
    }
    if (args.size() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "name cannot be provided when a selector is specified");
    }
    LabelSelector labels = LabelSelector.parse(selector);
    List<Target> targets = new ArrayList<>();
    for (PodHandle handle : runtime.list(namespace.resolve())) {
      if (labels.matches(handle.pod().metadata().labels())) {
        targets.add(new Target(handle.pod().namespace(), handle.pod().name()));
      }
    }
    return targets;
  }

  private List<Target> fromFile() {
    if (!args.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "when -f is given, no resource type or name may be given");
    }
    List<Target> targets = new ArrayList<>();
    for (Pod pod : ManifestFiles.read(file).pods()) {
      boolean unset = pod.metadata() == null || pod.metadata().namespace() == null
          || pod.metadata().namespace().isEmpty();
      targets.add(new Target(unset ? namespace.resolve() : pod.namespace(), pod.name()));
    }
    return targets;
  }

  private List<Target> fromArgs() {
    List<Target> targets = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (!args.isEmpty() && !args.get(0).contains("/")) {
      PodArgs.checkType(args.get(0));
      names.addAll(args.subList(1, args.size()));
    } else {
      for (String arg : args) { // pod/NAME form
        int slash = arg.indexOf('/');
        if (slash < 0) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "there is no need to specify a resource type as a separate argument when passing arguments in"
                  + " resource/name form");
        }
        PodArgs.checkType(arg.substring(0, slash));
        names.add(arg.substring(slash + 1));
      }
    }
    if (names.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "You must provide one or more resources by argument or filename (delete pod NAME... or delete -f FILE)");
    }
    names.forEach(n -> targets.add(new Target(namespace.resolve(), n)));
    return targets;
  }
}
