package io.whalepod.docker.internal;

import io.whalepod.model.Container;
import io.whalepod.plan.ContainerKill;
import io.whalepod.plan.ContainerRun;
import io.whalepod.plan.ContainerStart;
import io.whalepod.plan.PodActions;
import io.whalepod.plan.PodPlan;
import io.whalepod.plan.SandboxRebuild;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync of one pod, as the kubelet's SyncPod: observe the engine, ask {@link PodPlan}, carry its actions out.
 * The rules are the plan's; what this adds is how to do each action and what to do when the engine refuses: a failed
 * step is retried by a later sync, with a delay that doubles up to the back-off's cap. Runs under the pod's lock, so
 * a pod's syncs never overlap; a start sequence (init containers one at a time, which may run long) runs outside it
 * and reports back.
 */
final class PodSync {
  private static final Logger log = LoggerFactory.getLogger(PodSync.class);

  /** What a sync asks of the supervisor that holds the pods. */
  interface Pods {
    void requestSync(SupervisedPod pod);

    void forget(String uid);
  }

  private final DockerClients clients;
  private final PodObserver observer;
  private final ContainerRestarter restarter;
  private final SandboxRebuilder rebuilder;
  private final PodStarter starter;
  private final PodRemover remover;
  private final StatusBus bus;
  private final Executor executor;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final Pods pods;

  PodSync(DockerClients clients, PodStarter starter, PostStartHooks postStart, PodRemover remover,
      StatusBus bus, Executor executor, ScheduledExecutorService scheduler, Clock clock, Pods pods) {
    this.clients = clients;
    this.observer = new PodObserver(clients, executor);
    this.restarter = new ContainerRestarter(clients, postStart);
    this.rebuilder = new SandboxRebuilder(clients);
    this.starter = starter;
    this.remover = remover;
    this.bus = bus;
    this.executor = executor;
    this.scheduler = scheduler;
    this.clock = clock;
    this.pods = pods;
  }

  void sync(SupervisedPod pod) {
    synchronized (pod) {
      if (pod.closed()) {
        return;
      }
      try {
        if (syncOnce(pod)) {
          pod.succeeded();
        }
      } catch (RuntimeException e) {
        log.warn("pod {}: sync failed, retrying: {}", pod.pod().name(), e.getMessage());
        retryLater(pod);
      }
    }
  }

  /** @return false when a step failed and a retry was scheduled */
  private boolean syncOnce(SupervisedPod pod) {
    PodObserver.Observation seen = observer.observe(pod.started());
    Instant now = clock.instant();
    List<ContainerStart> waitedBefore = pod.waiting(now);
    PodActions actions = new PodPlan(pod.backOff())
        .compute(pod.pod(), seen.pod(), pod.memory(seen.pod(), now), now);
    pod.planned(actions);
    if (actions.release()) {
      return true; // being deleted by another process: nothing is done to it until its sandbox is gone
    }
    if (actions.finishDeletion()) {
      finishDeletion(pod);
      return true;
    }
    if (actions.rebuild() != null) {
      return rebuild(pod, actions.rebuild());
    }
    actions.kills().forEach(kill -> stop(pod, kill, seen.ids().get(kill.name())));
    if (!actions.stopSidecars().isEmpty()) {
      List<String> ids = actions.stopSidecars().stream().map(seen.ids()::get).toList();
      Duration grace = pod.pod().spec().terminationGracePeriod();
      executor.execute(() -> ids.forEach(id -> remover.stopContainer(id, grace))); // in order, one after the other
    }
    probeRunning(pod, seen);
    boolean ok = actions.starts().stream().filter(start -> start.due(now))
        .map(start -> restart(pod, start)).reduce(true, Boolean::logicalAnd);
    actions.initToRun().filter(start -> start.due(now)).ifPresent(start -> runInit(pod, start));
    if (actions.lookAgainAt() != null) {
      pod.wakeUpBy(actions.lookAgainAt(), now, millis -> syncAfter(pod, millis));
    }
    if (!waitedBefore.equals(pod.waiting(now))) {
      bus.publish(pod.uid()); // a back-off began or ended: waiters read CrashLoopBackOff
    }
    return ok;
  }

  /** After a start sequence: probes for the containers it started (a restart's probes start with it). */
  void probeStarted(SupervisedPod pod) {
    if (PodProbes.any(pod.pod())) {
      probeRunning(pod, observer.observe(pod.started()));
    }
  }

  /**
   * Probes every running run that has probes and is not probed yet: whoever started it (this process, another
   * that applied the pod, a supervisor before this one), its probes run here once this process supervises it.
   */
  private void probeRunning(SupervisedPod pod, PodObserver.Observation seen) {
    if (!PodProbes.any(pod.pod())) {
      return;
    }
    if (pod.address() == null) {
      pod.address(PodInspector.podAddress(clients, pod.pod(), pod.started().sandboxId()));
    }
    for (Container spec : pod.pod().spec().allContainers()) {
      seen.pod().run(spec.name()).filter(run -> run.state() == ContainerRun.State.RUNNING)
          .ifPresent(run -> pod.probes().watch(spec, seen.ids().get(spec.name()), run.attempt(), pod.address()));
    }
  }

  private void stop(SupervisedPod pod, ContainerKill kill, String containerId) {
    log.info("pod {}: stopping container {} ({})", pod.pod().name(), kill.name(), kill.reason().message());
    executor.execute(() -> remover.stopContainer(containerId, kill.grace()));
  }

  /** @return false when the engine refused; a later sync tries again */
  private boolean restart(SupervisedPod pod, ContainerStart start) {
    log.info("pod {}: starting container {} again (attempt {})", pod.pod().name(), start.name(), start.attempt());
    try {
      restarter.start(pod, start);
      return true;
    } catch (RuntimeException e) {
      log.warn("pod {} container {}: restart failed: {}", pod.pod().name(), start.name(), e.getMessage());
      retryLater(pod); // its sandbox may have died or gone meanwhile: the next sync sees which
      return false;
    }
  }

  private void runInit(SupervisedPod pod, ContainerStart start) {
    log.info("pod {}: running init container {} again (attempt {})", pod.pod().name(), start.name(), start.attempt());
    PodStarter.Started started = pod.started();
    int generation = pod.startSequence();
    executor.execute(() -> runStartSequence(pod, generation, "init container " + start.name(),
        () -> starter.runInit(started, start.name(), new Labels.Attempt(start.attempt(), start.restartsAfter()),
            () -> pod.current(generation)),
        () -> restarter.removeOlderAttempts(pod.uid(), start.name(), start.attempt())));
  }

  /**
   * A dead sandbox took the pod's namespaces: the plan's rebuild makes new ones and the members again. When the
   * engine refuses (another process deleting the pod, a hostPort taken meanwhile), a later sync looks again: it
   * sees the sandbox gone, or tries once more.
   *
   * @return false when the rebuild failed and a retry was scheduled
   */
  private boolean rebuild(SupervisedPod pod, SandboxRebuild planned) {
    log.info("pod {}: its sandbox died; rebuilding the pod", pod.pod().name());
    Map<String, PodStarter.Run> created;
    try {
      created = rebuilder.rebuild(pod.started(), planned);
    } catch (RuntimeException e) {
      log.warn("pod {}: rebuilding after its sandbox died failed: {}", pod.pod().name(), e.getMessage());
      retryLater(pod);
      return false;
    }
    int generation = pod.rebuilt(planned.fromFirstInit());
    Runnable removeOlder = () -> created.forEach((name, run) ->
        restarter.removeOlderAttempts(pod.uid(), name, run.attempt()));
    if (planned.fromFirstInit()) {
      PodStarter.Started started = pod.started();
      executor.execute(() -> runStartSequence(pod, generation, "start after its sandbox died",
          () -> starter.runAgain(started, created, () -> pod.current(generation)), removeOlder));
      return true;
    }
    if (pod.address() != null) {
      pod.address(PodInspector.podAddress(clients, pod.pod(), pod.started().sandboxId())); // a new network namespace
    }
    created.forEach((name, run) -> pod.probes().watch(pod.pod().spec().container(name).orElseThrow(),
        run.containerId(), run.attempt(), pod.address()));
    removeOlder.run();
    return true;
  }

  /**
   * Runs part of a pod's start sequence outside the pod's lock, since an init container may run for long and a
   * delete would wait for it; then takes over where it left the pod, unless the pod was rebuilt since (the
   * rebuild's own sequence owns it) or deleted (the step may have left a member: the deletion is finished).
   */
  private void runStartSequence(SupervisedPod pod, int generation, String step, Runnable sequence,
      Runnable afterwards) {
    boolean ran = true;
    try {
      sequence.run();
    } catch (RuntimeException e) {
      ran = false;
      log.warn("pod {} {} failed: {}", pod.pod().name(), step, e.getMessage());
    }
    boolean adopted;
    synchronized (pod) {
      adopted = pod.sequenceEnded(generation);
      if (adopted && ran) {
        try {
          afterwards.run();
          if (pod.address() != null) {
            pod.address(PodInspector.podAddress(clients, pod.pod(), pod.started().sandboxId()));
          }
          probeStarted(pod);
        } catch (RuntimeException e) {
          log.warn("pod {}: after {}: {}", pod.pod().name(), step, e.getMessage()); // the sync below goes on
        }
      }
    }
    if (adopted) {
      pods.requestSync(pod);
    } else if (pod.deleted()) {
      remover.remove(pod.uid(), Duration.ZERO);
    } else if (!pod.closed()) {
      log.info("pod {}: a start step from before its rebuild ended; the rebuild's start goes on", pod.pod().name());
    }
  }

  /** The sandbox is gone: another process deleted the pod. Whatever a restart created after its list goes too. */
  private void finishDeletion(SupervisedPod pod) {
    log.info("pod {} was deleted by another process; removing what its restarts left", pod.pod().name());
    pods.forget(pod.uid());
    executor.execute(() -> remover.remove(pod.uid(), Duration.ZERO));
  }

  private void retryLater(SupervisedPod pod) {
    Instant now = clock.instant();
    pod.wakeUpBy(now.plus(pod.nextRetry(pod.backOff().max())), now, millis -> syncAfter(pod, millis));
  }

  private java.util.concurrent.ScheduledFuture<?> syncAfter(SupervisedPod pod, long millis) {
    return scheduler.schedule(() -> pods.requestSync(pod), millis, TimeUnit.MILLISECONDS);
  }
}
