package io.whalepod.docker.internal;

import io.whalepod.model.Container;
import io.whalepod.model.Pod;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** The probes of one pod's containers, by run: what they found so far. */
final class PodProbes {
  private final Pod pod;
  private final ContainerProbes.Context context;
  private final Map<String, ContainerProbes> byRun = new ConcurrentHashMap<>();
  private volatile boolean closed;

  PodProbes(Pod pod, ContainerProbes.Context context) {
    this.pod = pod;
    this.context = context;
  }

  /** Whether any container of the pod has a probe. */
  static boolean any(Pod pod) {
    return pod.spec().allContainers().stream().anyMatch(PodProbes::probed);
  }

  private static boolean probed(Container c) {
    return c.startupProbe() != null || c.livenessProbe() != null || c.readinessProbe() != null;
  }

  /**
   * Starts probing run {@code attempt} of a container that was just started, once per run; the probes of its earlier
   * runs end. No-op without probes.
   */
  void watch(Container spec, String containerId, int attempt, String podAddress) {
    if (closed || !probed(spec)) {
      return;
    }
    byRun.entrySet().removeIf(entry -> {
      boolean earlier = entry.getKey().startsWith(spec.name() + "/") && !entry.getKey().equals(key(spec.name(), attempt));
      if (earlier) {
        entry.getValue().cancel();
      }
      return earlier;
    });
    byRun.computeIfAbsent(key(spec.name(), attempt), key -> {
      ContainerProbes probes = new ContainerProbes(pod, spec, containerId, attempt, podAddress, context);
      probes.schedule();
      return probes;
    });
  }

  /** Whether that run is ready; false for a run not probed yet. */
  boolean ready(String name, int attempt) {
    return passed(name, attempt, ContainerProbes::ready);
  }

  /** Whether that run passed its startup probe; false for a run not probed yet. */
  boolean started(String name, int attempt) {
    return passed(name, attempt, ContainerProbes::started);
  }

  private boolean passed(String name, int attempt, Predicate<ContainerProbes> result) {
    ContainerProbes probes = byRun.get(key(name, attempt));
    return probes != null && result.test(probes);
  }

  void close() {
    closed = true;
    byRun.values().forEach(ContainerProbes::cancel);
    byRun.clear();
  }

  private static String key(String name, int attempt) {
    return name + "/" + attempt;
  }
}
