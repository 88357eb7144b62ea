package io.whalepod.docker.internal;

import io.whalepod.model.Container;
import io.whalepod.model.Pod;
import io.whalepod.model.Probe;
import io.whalepod.plan.ContainerKill;
import io.whalepod.plan.KillReason;
import io.whalepod.plan.ProbeCounter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The probes of one container run and what they found so far. */
final class ContainerProbes {
  private static final Logger log = LoggerFactory.getLogger(ContainerProbes.class);

  /** What every container's probes share: who runs them, the executors that time them, where results go. */
  record Context(ProbeRunner runner, ScheduledExecutorService scheduler, Executor executor, StatusBus bus,
      KillRequests kills) {}

  private final Pod pod;
  private final Container spec;
  private final String containerId;
  private final int attempt;
  private final String podAddress;
  private final Context context;
  private final ProbeCounter startup;
  private final ProbeCounter liveness;
  private final ProbeCounter readiness;
  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
  private final AtomicBoolean failedOut = new AtomicBoolean();
  private volatile boolean started;
  private volatile boolean ready;

  ContainerProbes(Pod pod, Container spec, String containerId, int attempt, String podAddress, Context context) {
    this.pod = pod;
    this.spec = spec;
    this.containerId = containerId;
    this.attempt = attempt;
    this.podAddress = podAddress;
    this.context = context;
    this.startup = counter(spec.startupProbe(), false);
    this.liveness = counter(spec.livenessProbe(), true);
    this.readiness = counter(spec.readinessProbe(), false);
    this.started = startup == null;
  }

  private static ProbeCounter counter(Probe probe, boolean initiallyPassing) {
    return probe == null ? null : ProbeCounter.of(probe, initiallyPassing);
  }

  boolean started() {
    return started;
  }

  boolean ready() {
    return readiness != null && ready;
  }

  synchronized void schedule() {
    every(spec.startupProbe(), this::probeStartup);
    every(spec.livenessProbe(), this::probeLiveness);
    every(spec.readinessProbe(), this::probeReadiness);
  }

  private void every(Probe probe, Runnable run) {
    if (probe == null) {
      return;
    }
    AtomicBoolean inFlight = new AtomicBoolean();
    // The scheduler only times; the run (up to timeoutSeconds) happens on the executor, one at a time per probe.
    tasks.add(context.scheduler().scheduleWithFixedDelay(() -> {
      if (inFlight.compareAndSet(false, true)) {
        context.executor().execute(() -> {
          try {
            run.run();
          } finally {
            inFlight.set(false);
          }
        });
      }
    }, probe.initialDelay().toMillis(), probe.period().toMillis(), TimeUnit.MILLISECONDS));
  }

  private boolean runOnce(Probe probe) {
    return context.runner().run(probe.handler(), spec, containerId, podAddress, probe.timeout());
  }

  private void probeStartup() {
    if (started || failedOut.get()) {
      return;
    }
    boolean passed = startup.record(runOnce(spec.startupProbe()));
    if (passed) {
      started = true;
      context.bus().publish(pod.metadata().uid());
    } else if (startup.failedOut()) {
      failed(KillReason.STARTUP_PROBE, spec.startupProbe());
    }
  }

  private void probeLiveness() {
    if (!started || failedOut.get()) {
      return;
    }
    liveness.record(runOnce(spec.livenessProbe()));
    if (liveness.failedOut()) {
      failed(KillReason.LIVENESS_PROBE, spec.livenessProbe());
    }
  }

  private void probeReadiness() {
    if (!started || failedOut.get()) {
      return;
    }
    boolean now = readiness.record(runOnce(spec.readinessProbe()));
    if (now != ready) {
      ready = now;
      context.bus().publish(pod.metadata().uid());
    }
  }

  /** The run failed a probe that kills: probing it ends, and the supervisor's plan stops it. */
  private void failed(KillReason reason, Probe probe) {
    if (!failedOut.compareAndSet(false, true)) {
      return;
    }
    cancel();
    Duration grace = probe.terminationGracePeriodSeconds() != null
        ? Duration.ofSeconds(probe.terminationGracePeriodSeconds()) : pod.spec().terminationGracePeriod();
    log.info("pod {} container {}: {}; stopping it", pod.name(), spec.name(), reason.message());
    context.kills().request(pod, new ContainerKill(spec.name(), attempt, reason, grace), containerId);
  }

  synchronized void cancel() {
    tasks.forEach(task -> task.cancel(false));
    tasks.clear();
  }
}
