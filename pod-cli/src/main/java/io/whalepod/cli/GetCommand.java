package io.whalepod.cli;

import io.whalepod.docker.PodChanges;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodNotFoundException;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.Pod;
import io.whalepod.model.PodList;
import io.whalepod.selection.LabelSelector;
import io.whalepod.status.HumanDuration;
import io.whalepod.status.KubectlStatus;
import io.whalepod.status.StatusSignature;
import io.whalepod.yaml.ManifestWriter;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whalepod get pods [NAME]}: kubectl's table, or the Pod objects as JSON or YAML. */
@Command(name = "get", description = "List pods, or show one (get pods [NAME]).")
final class GetCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..2", paramLabel = "pods [NAME]", description = "pods (or pod, po), then a pod's name.")
  List<String> args;

  @CommandLine.Mixin
  NamespaceOption namespace;

  @Option(names = {"-A", "--all-namespaces"}, description = "Pods of every namespace.")
  boolean allNamespaces;

  @Option(names = {"-o", "--output"}, description = "wide, json, yaml or name.")
  String output;

  @Option(names = {"-l", "--selector"}, description = "Only pods whose labels match, e.g. app=web,tier!=db.")
  String selector;

  @Option(names = {"-w", "--watch"}, description = "After the list, print a row each time a pod changes (Ctrl-C ends).")
  boolean watch;

  @Override
  public Integer call() {
    String name = PodArgs.name(args);
    if (output != null && !List.of("wide", "json", "yaml", "name").contains(output)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unable to match a printer suitable for the output format \"" + output
              + "\", allowed formats are: json,name,wide,yaml");
    }
    LabelSelector labels = LabelSelector.parse(selector);
    try (PodRuntime runtime = Runtimes.open()) {
      if (watch) {
        watch(runtime, name, labels);
      } else if (name != null) {
        printOne(Runtimes.find(runtime, namespace.resolve(), name).get());
      } else {
        printList(selected(runtime, labels));
      }
    }
    return 0;
  }

  private List<Pod> selected(PodRuntime runtime, LabelSelector labels) {
    return current(runtime.list(allNamespaces ? null : namespace.resolve())).stream()
        .filter(pod -> labels.matches(pod.metadata().labels())).toList();
  }

  /**
   * kubectl's {@code -w}: the table once, then a row each time a pod's status changes (with {@code -o json|yaml|name}
   * the pod itself each time), re-listed on each Docker event of the namespace's containers (no polling). Runs
   * until the process is interrupted.
   */
  private void watch(PodRuntime runtime, String name, LabelSelector labels) {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, String> shown = new HashMap<>();
    boolean headerPrinted = false;
    try (PodChanges changes = runtime.changes(allNamespaces ? null : namespace.resolve())) {
      do {
        List<Pod> changed = new ArrayList<>();
        for (Pod pod : selected(runtime, labels)) {
          // The signature leaves out ages, which change every second without anything happening.
          String signature = StatusSignature.of(pod) + ";" + pod.metadata().deletionTimestamp();
          if ((name == null || pod.name().equals(name))
              && !signature.equals(shown.put(pod.namespace() + "/" + pod.name(), signature))) {
            changed.add(pod);
          }
        }
        if (!changed.isEmpty() && printsObjects()) {
          for (Pod pod : changed) {
            out.print("yaml".equals(output) && headerPrinted ? "---\n" : ""); // one YAML stream, as kubectl's
            printOne(pod);
            headerPrinted = true;
          }
        } else if (!changed.isEmpty()) {
          String table = Table.format(rows(changed, allNamespaces, "wide".equals(output), Instant.now()));
          out.print(headerPrinted ? table.substring(table.indexOf('\n') + 1) : table);
          headerPrinted = true;
          out.flush();
        }
      } while (changes.awaitChange(Duration.ofDays(365)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@code -o json|yaml|name}: each pod as an object (or a name), in a list and while watching alike. */
  private boolean printsObjects() {
    return "json".equals(output) || "yaml".equals(output) || "name".equals(output);
  }

  private void printOne(Pod pod) {
    PrintWriter out = spec.commandLine().getOut();
    if ("json".equals(output)) {
      out.print(ManifestWriter.toJson(pod));
    } else if ("yaml".equals(output)) {
      out.print(ManifestWriter.toYaml(pod));
    } else if ("name".equals(output)) {
      out.println("pod/" + pod.name());
    } else {
      out.print(Table.format(rows(List.of(pod), allNamespaces, "wide".equals(output), Instant.now())));
    }
    out.flush();
  }

  private void printList(List<Pod> pods) {
    PrintWriter out = spec.commandLine().getOut();
    if ("json".equals(output)) {
      out.print(ManifestWriter.toJson(PodList.of(pods)));
    } else if ("yaml".equals(output)) {
      out.print(ManifestWriter.toYaml(PodList.of(pods)));
    } else if (pods.isEmpty()) {
      spec.commandLine().getErr().println(allNamespaces
          ? "No resources found"
          : "No resources found in " + namespace.resolve() + " namespace.");
    } else if ("name".equals(output)) {
      pods.forEach(pod -> out.println("pod/" + pod.name()));
    } else {
      out.print(Table.format(rows(pods, allNamespaces, "wide".equals(output), Instant.now())));
    }
    out.flush();
  }

  /** The pods with their status; a pod deleted meanwhile is left out. */
  private static List<Pod> current(List<PodHandle> handles) {
    List<Pod> pods = new ArrayList<>();
    for (PodHandle handle : handles) {
      try {
        pods.add(handle.get());
      } catch (PodNotFoundException gone) {
        // deleted between list and get
      }
    }
    return pods;
  }

  /** The table: a header, then one row per pod (NAMESPACE first with -A; IP and NODE after AGE with wide). */
  static List<List<String>> rows(List<Pod> pods, boolean allNamespaces, boolean wide, Instant now) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(row(allNamespaces, wide, "NAMESPACE", "NAME", "READY", "STATUS", "RESTARTS", "AGE",
        "IP", "NODE", "NOMINATED NODE", "READINESS GATES"));
    for (Pod pod : pods) {
      String ip = pod.status() == null ? null : pod.status().podIP();
      String node = pod.spec().nodeName();
      rows.add(row(allNamespaces, wide, pod.namespace(), pod.name(), KubectlStatus.ready(pod), KubectlStatus.of(pod),
          KubectlStatus.restarts(pod, now), age(pod, now),
          orNone(ip), orNone(node), "<none>", "<none>"));
    }
    return rows;
  }

  private static List<String> row(boolean allNamespaces, boolean wide, String... cells) {
    List<String> row = new ArrayList<>(List.of(cells));
    if (!wide) {
      row.subList(6, row.size()).clear();
    }
    if (!allNamespaces) {
      row.remove(0);
    }
    return row;
  }

  static String age(Pod pod, Instant now) {
    Instant created = pod.metadata() == null ? null : pod.metadata().creationTimestamp();
    return created == null ? "<unknown>" : HumanDuration.of(Duration.between(created, now));
  }

  private static String orNone(String s) {
    return s == null || s.isEmpty() ? "<none>" : s;
  }
}
