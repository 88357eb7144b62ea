package io.whalepod.cli;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.Pod;
import io.whalepod.status.KubectlStatus;
import io.whalepod.status.PodPhases;
import io.whalepod.yaml.Manifest;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whalepod run -f FILE}: the pods of a manifest, attached to this process. Prints each pod's STATUS as it
 * changes; when every pod has completed, or on Ctrl-C, deletes them.
 */
@Command(name = "run", description = "Run the pods of a manifest in the foreground; Ctrl-C deletes them.")
final class RunCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-f", "--filename"}, required = true, description = "Manifest file, or '-' for stdin.")
  String file;

  @CommandLine.Mixin
  NamespaceOption namespace;

  @Override
  public Integer call() {
    Manifest manifest = ManifestFiles.read(file);
    if (manifest.pods().isEmpty()) {
      spec.commandLine().getErr().println("error: no objects passed to run");
      return 1;
    }
    List<Pod> pods = manifest.pods().stream().map(this::inNamespace).toList();
    PodRuntime runtime = Runtimes.openOwned(); // not closed on Ctrl-C: the shutdown hook still needs it
    List<PodHandle> handles = new ArrayList<>();
    AtomicBoolean deleted = new AtomicBoolean();
    Thread hook = new Thread(() -> deleteOnce(handles, deleted), "whalepod-run-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      // Ctrl-C while the pods start: the hook waits for this lock, then deletes them.
      synchronized (handles) {
        handles.addAll(runtime.apply(new Manifest(pods, manifest.configMaps(), manifest.secrets())));
      }
      handles.forEach(h -> out().println("pod/" + h.name() + " created"));
      out().flush();
      return follow(runtime, handles);
    } finally {
      deleteOnce(handles, deleted);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
        runtime.close();
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook has deleted the pods; the JVM is exiting.
      }
    }
  }

  /**
   * Prints each STATUS change and every container's output, prefixed as {@code kubectl logs --prefix} does, until
   * every pod is Succeeded or Failed: 0 when all succeeded, else 1. Status is re-read on Docker's events.
   */
  private int follow(PodRuntime runtime, List<PodHandle> handles) {
    Map<String, String> shown = new HashMap<>();
    Map<String, String> phases = new HashMap<>();
    MemberLogs logs = new MemberLogs(System.out);
    handles.forEach(logs::follow);
    EventWaits.until(runtime, null, () -> { // every namespace: a manifest may name several
      for (PodHandle handle : handles) {
        Pod pod = handle.get();
        String line = "pod/" + handle.name() + " " + KubectlStatus.ready(pod) + " " + KubectlStatus.of(pod);
        if (!line.equals(shown.put(handle.name(), line))) {
          out().println(line);
          out().flush();
        }
        phases.put(handle.name(), pod.status() == null ? PodPhases.PENDING : pod.status().phase());
      }
      return phases.values().stream().allMatch(PodPhases::isTerminal);
    }, Duration.ofDays(3650));
    logs.awaitEnd(Duration.ofSeconds(2));
    return phases.values().stream().allMatch(PodPhases.SUCCEEDED::equals) ? 0 : 1;
  }

  private void deleteOnce(List<PodHandle> handles, AtomicBoolean deleted) {
    synchronized (handles) {
      if (deleted.getAndSet(true)) {
        return;
      }
      for (PodHandle handle : handles) {
        try {
          handle.delete();
          spec.commandLine().getErr().println("pod \"" + handle.name() + "\" deleted");
        } catch (RuntimeException e) {
          spec.commandLine().getErr().println("error: deleting pod \"" + handle.name() + "\": " + e.getMessage());
        }
      }
      spec.commandLine().getErr().flush();
    }
  }

  private Pod inNamespace(Pod pod) {
    boolean unset = pod.metadata() != null
        && (pod.metadata().namespace() == null || pod.metadata().namespace().isEmpty());
    return namespace.given() && unset ? pod.withMetadata(pod.metadata().withNamespace(namespace.resolve())) : pod;
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
