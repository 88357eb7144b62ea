package io.whalepod.docker.internal;

import io.whalepod.model.Container;
import io.whalepod.model.Pod;
import io.whalepod.model.Probe;
import io.whalepod.plan.ProbeCounter;
import java.io.Closeable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the startup, liveness and readiness probes of the containers of owned pods (SPEC §4), as the kubelet does:
 * liveness and readiness wait for the startup probe; a container that fails its liveness (or startup) probe is
 * stopped, and the supervisor restarts it per the pod's policy; readiness feeds the status. Probes are tasks on
 * shared executors: no thread per pod. Results live in this JVM, keyed by container attempt.
 */
public final class Prober implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(Prober.class);

  /** Stops a container that failed its probe, with the grace period it is given. */
  public interface Killer {
    void kill(String containerId, Duration grace);
  }

  private final ProbeRunner runner;
  private final ScheduledExecutorService scheduler;
  private final Executor executor;
  private final StatusBus bus;
  private final Killer killer;
  private final Map<String, ContainerProbes> watched = new ConcurrentHashMap<>();
  /** Pods this prober is responsible for: a probe with no result yet there has not passed. */
  private final Set<String> pods = ConcurrentHashMap.newKeySet();

  public Prober(ProbeRunner runner, ScheduledExecutorService scheduler, Executor executor, StatusBus bus,
      Killer killer) {
    this.runner = runner;
    this.scheduler = scheduler;
    this.executor = executor;
    this.bus = bus;
    this.killer = killer;
  }

  /** Takes on a pod: from now on its probed containers count as not ready (or not started) until a probe passes. */
  public void own(String uid) {
    pods.add(uid);
  }

  /** Starts probing attempt {@code attempt} of a container that was just started; no-op without probes. */
  public void watch(Pod pod, Container spec, String containerId, int attempt, String podAddress) {
    if (spec.startupProbe() == null && spec.livenessProbe() == null && spec.readinessProbe() == null) {
      return;
    }
    ContainerProbes probes = new ContainerProbes(pod, spec, containerId, podAddress);
    ContainerProbes before = watched.put(key(pod.metadata().uid(), spec.name(), attempt), probes);
    if (before != null) {
      before.cancel();
    }
    probes.schedule();
  }

  /** Whether attempt {@code attempt} is ready, when this prober probes its readiness. */
  public Optional<Boolean> ready(String uid, String name, int attempt) {
    return result(uid, name, attempt, p -> p.readiness != null && p.ready);
  }

  /** Whether attempt {@code attempt} passed its startup probe, when this prober runs it. */
  public Optional<Boolean> started(String uid, String name, int attempt) {
    return result(uid, name, attempt, p -> p.started);
  }

  /** Empty for pods of other runtimes; false for an owned container not probed yet. */
  private Optional<Boolean> result(String uid, String name, int attempt, Predicate<ContainerProbes> passed) {
    if (!pods.contains(uid)) {
      return Optional.empty();
    }
    ContainerProbes probes = watched.get(key(uid, name, attempt));
    return Optional.of(probes != null && passed.test(probes));
  }

  /** Stops probing every container of a pod (deleted, or its owner closes). */
  public void forget(String uid) {
    pods.remove(uid);
    watched.entrySet().removeIf(entry -> {
      if (entry.getKey().startsWith(uid + "/")) {
        entry.getValue().cancel();
        return true;
      }
      return false;
    });
  }

  @Override
  public void close() {
    pods.clear();
    watched.values().forEach(ContainerProbes::cancel);
    watched.clear();
  }

  private static String key(String uid, String name, int attempt) {
    return uid + "/" + name + "/" + attempt;
  }

  /** The probes of one container attempt and what they found so far. */
  private final class ContainerProbes {
    private final Pod pod;
    private final Container spec;
    private final String containerId;
    private final String podAddress;
    private final ProbeCounter startup;
    private final ProbeCounter liveness;
    private final ProbeCounter readiness;
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private final AtomicBoolean killed = new AtomicBoolean();
    private volatile boolean started;
    private volatile boolean ready;

    ContainerProbes(Pod pod, Container spec, String containerId, String podAddress) {
      this.pod = pod;
      this.spec = spec;
      this.containerId = containerId;
      this.podAddress = podAddress;
      this.startup = counter(spec.startupProbe(), false);
      this.liveness = counter(spec.livenessProbe(), true);
      this.readiness = counter(spec.readinessProbe(), false);
      this.started = startup == null;
    }

    private static ProbeCounter counter(Probe probe, boolean initiallyPassing) {
      return probe == null ? null : ProbeCounter.of(probe, initiallyPassing);
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
      tasks.add(scheduler.scheduleWithFixedDelay(() -> {
        if (inFlight.compareAndSet(false, true)) {
          executor.execute(() -> {
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
      return runner.run(probe.handler(), spec, containerId, podAddress, probe.timeout());
    }

    private void probeStartup() {
      if (started || killed.get()) {
        return;
      }
      boolean passed = startup.record(runOnce(spec.startupProbe()));
      if (passed) {
        started = true;
        bus.publish(pod.metadata().uid());
      } else if (startup.failedOut()) {
        kill("startup", spec.startupProbe());
      }
    }

    private void probeLiveness() {
      if (!started || killed.get()) {
        return;
      }
      liveness.record(runOnce(spec.livenessProbe()));
      if (liveness.failedOut()) {
        kill("liveness", spec.livenessProbe());
      }
    }

    private void probeReadiness() {
      if (!started || killed.get()) {
        return;
      }
      boolean now = readiness.record(runOnce(spec.readinessProbe()));
      if (now != ready) {
        ready = now;
        bus.publish(pod.metadata().uid());
      }
    }

    /** The kubelet kills a container that failed its liveness or startup probe; the restart policy decides the rest. */
    private void kill(String which, Probe probe) {
      if (!killed.compareAndSet(false, true)) {
        return;
      }
      cancel();
      Duration grace = probe.terminationGracePeriodSeconds() != null
          ? Duration.ofSeconds(probe.terminationGracePeriodSeconds()) : pod.spec().terminationGracePeriod();
      log.info("pod {} container {} failed its {} probe; stopping it", pod.name(), spec.name(), which);
      killer.kill(containerId, grace);
    }

    synchronized void cancel() {
      tasks.forEach(task -> task.cancel(false));
      tasks.clear();
    }
  }
}
