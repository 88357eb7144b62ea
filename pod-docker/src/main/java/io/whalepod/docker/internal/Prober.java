package io.whalepod.docker.internal;

import io.whalepod.model.Pod;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Runs the startup, liveness and readiness probes of supervised pods (docs/behaviour.md §4), as the kubelet does: liveness and
 * readiness wait for the startup probe; a container that fails its liveness (or startup) probe is reported to the
 * supervisor, whose plan stops it; readiness feeds the status. Probes are tasks on shared executors: no thread per
 * pod. Each pod's results live in its {@link PodProbes}.
 */
public final class Prober {
  private final ProbeRunner runner;
  private final ScheduledExecutorService scheduler;
  private final Executor executor;
  private final StatusBus bus;

  public Prober(ProbeRunner runner, ScheduledExecutorService scheduler, Executor executor, StatusBus bus) {
    this.runner = runner;
    this.scheduler = scheduler;
    this.executor = executor;
    this.bus = bus;
  }

  /** The probes of one pod; failures that kill go to {@code kills}. */
  PodProbes forPod(Pod pod, KillRequests kills) {
    return new PodProbes(pod, new ContainerProbes.Context(runner, scheduler, executor, bus, kills));
  }
}
