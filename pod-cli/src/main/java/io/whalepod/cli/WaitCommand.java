package io.whalepod.cli;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.docker.PodTimeoutException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code whalepod wait pod/NAME --for=condition=Ready | --for=jsonpath='{.status.phase}'=Succeeded | --for=delete}:
 * blocks until the condition holds (exit 0) or the timeout passes (exit 1), as kubectl wait.
 */
@Command(name = "wait", description = "Wait for a condition on a pod (wait pod/NAME --for=...).")
final class WaitCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..2", paramLabel = "pod/NAME", description = "pod/NAME, or pod NAME.")
  List<String> args;

  @Option(names = "--for", required = true,
      description = "delete, condition=TYPE[=VALUE] or jsonpath='{.status.phase}'=VALUE.")
  String forCondition;

  @Option(names = "--timeout", defaultValue = "30s", description = "How long to wait (default 30s).")
  String timeout;

  @CommandLine.Mixin
  NamespaceOption namespace;

  @Override
  public Integer call() {
    String name = podName();
    WaitCondition condition = WaitCondition.parse(forCondition);
    Duration limit = Durations.parse(timeout);
    PrintWriter out = spec.commandLine().getOut();
    try (PodRuntime runtime = Runtimes.open()) {
      boolean met;
      if (condition.delete()) {
        if (runtime.find(namespace.resolve(), name).isEmpty()) {
          return 0; // kubectl: nothing to wait for
        }
        met = awaitDeleted(runtime, name, limit);
      } else {
        PodHandle handle = Runtimes.find(runtime, namespace.resolve(), name);
        try {
          handle.waitFor(condition.test(), limit);
          met = true;
        } catch (PodTimeoutException e) {
          met = false;
        }
      }
      if (!met) {
        spec.commandLine().getErr().println("error: timed out waiting for the condition on pods/" + name);
        spec.commandLine().getErr().flush();
        return 1;
      }
      out.println("pod/" + name + " condition met");
      out.flush();
      return 0;
    }
  }

  private boolean awaitDeleted(PodRuntime runtime, String name, Duration limit) {
    return EventWaits.until(runtime, namespace.resolve(), () -> runtime.find(namespace.resolve(), name).isEmpty(),
        limit);
  }

  /** pod/NAME, or pod NAME. */
  private String podName() {
    String type = args.get(0);
    String name = args.size() > 1 ? args.get(1) : null;
    if (type.contains("/")) {
      if (name != null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "there is no need to specify a resource type as a separate argument when passing arguments in"
                + " resource/name form");
      }
      name = type.substring(type.indexOf('/') + 1);
      type = type.substring(0, type.indexOf('/'));
    }
    PodArgs.checkType(type);
    if (name == null || name.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "resource name may not be empty");
    }
    return name;
  }
}
