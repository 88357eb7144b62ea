package io.whalepod.docker.internal;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import io.whalepod.model.Container;
import io.whalepod.plan.ContainerRun;
import io.whalepod.plan.ContainerStart;
import io.whalepod.plan.PodActions;
import io.whalepod.plan.PodPlan;
import io.whalepod.plan.SandboxRebuild;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync of one pod, as the kubelet's SyncPod: observe the engine, ask {@link PodPlan}, carry its actions out. It
 * decides nothing itself. Runs under the pod's lock, so a pod's syncs never overlap; a start sequence (init
 * containers one at a time, which may run long) runs outside it and reports back.
 */
final class PodSync {
  private static final Logger log = LoggerFactory.getLogger(PodSync.class);
  /** A sandbox being force-removed by another process shows as stopped for a moment: look again after this. */
  private static final Duration DELETION_SETTLES = Duration.ofSeconds(1);

  /** What a sync asks of the supervisor that holds the pods. */
  interface Pods {
    void requestSync(SupervisedPod pod);

    void forget(String uid);
  }

  private final DockerClients clients;
  private final PodPlan plan;
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

  PodSync(DockerClients clients, PodPlan plan, PodStarter starter, PostStartHooks postStart, PodRemover remover,
      StatusBus bus, Executor executor, ScheduledExecutorService scheduler, Clock clock, Pods pods) {
    this.clients = clients;
    this.plan = plan;
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
      PodObserver.Observation seen;
      try {
        seen = observer.observe(pod.started());
      } catch (RuntimeException e) {
        log.debug("pod {}: not observed: {}", pod.pod().name(), e.getMessage()); // the stream's reopening resyncs
        return;
      }
      Instant now = clock.instant();
      Instant waitedUntil = pod.lastActions().lookAgainAt();
      PodActions actions = plan.compute(pod.pod(), seen.pod(), pod.memory(), now);
      pod.planned(actions);
      if (actions.finishDeletion()) {
        finishDeletion(pod);
        return;
      }
      if (actions.rebuild() != null) {
        rebuild(pod, actions.rebuild());
        return;
      }
      actions.kills().forEach(kill -> stop(seen.ids().get(kill.name()), kill.grace()));
      if (!actions.stopSidecars().isEmpty()) {
        List<String> ids = actions.stopSidecars().stream().map(seen.ids()::get).toList();
        Duration grace = pod.pod().spec().terminationGracePeriod();
        executor.execute(() -> ids.forEach(id -> remover.stopContainer(id, grace))); // in order, one after the other
      }
      actions.starts().stream().filter(start -> start.due(now)).forEach(start -> restart(pod, start));
      actions.initToRun().filter(start -> start.due(now)).ifPresent(start -> runInit(pod, start));
      if (actions.lookAgainAt() != null) {
        long delay = Math.max(0, Duration.between(now, actions.lookAgainAt()).toMillis());
        pod.wakeUp(scheduler.schedule(() -> pods.requestSync(pod), delay, TimeUnit.MILLISECONDS));
      }
      if (!Objects.equals(waitedUntil, actions.lookAgainAt())) {
        bus.publish(pod.uid()); // a back-off began or ended: waiters read CrashLoopBackOff
      }
    }
  }

  /** After a start sequence: probes for the containers it started (a restart's probes start with it). */
  void probeStarted(SupervisedPod pod) {
    if (!PodProbes.any(pod.pod())) {
      return;
    }
    if (pod.address() == null) {
      pod.address(PodInspector.podAddress(clients, pod.pod(), pod.started().sandboxId()));
    }
    PodObserver.Observation seen = observer.observe(pod.started());
    for (Container spec : pod.pod().spec().allContainers()) {
      seen.pod().run(spec.name()).filter(run -> run.state() != ContainerRun.State.CREATED)
          .ifPresent(run -> pod.probes().watch(spec, seen.ids().get(spec.name()), run.attempt(), pod.address()));
    }
  }

  private void stop(String containerId, Duration grace) {
    executor.execute(() -> remover.stopContainer(containerId, grace));
  }

  private void restart(SupervisedPod pod, ContainerStart start) {
    log.info("pod {}: starting container {} again (attempt {})", pod.pod().name(), start.name(), start.attempt());
    try {
      restarter.start(pod, start);
    } catch (RuntimeException e) {
      log.warn("pod {} container {}: restart failed: {}", pod.pod().name(), start.name(), e.getMessage());
      lookAgainLater(pod); // its sandbox may have died or gone meanwhile: the next sync sees which
    }
  }

  private void runInit(SupervisedPod pod, ContainerStart start) {
    log.info("pod {}: running init container {} again (attempt {})", pod.pod().name(), start.name(), start.attempt());
    PodStarter.Started started = pod.started();
    int generation = pod.startSequence();
    executor.execute(() -> runStartSequence(pod, generation, "init container " + start.name(),
        () -> starter.runInit(started, start.name(), new Labels.Attempt(start.attempt(), start.restartsAfter())),
        () -> restarter.removeOlderAttempts(pod.uid(), start.name(), start.attempt())));
  }

  /**
   * A dead sandbox took the pod's namespaces: the plan's rebuild makes new ones and the members again. Another
   * process deleting the pod shows as a sandbox that cannot be started: the next sync, a moment later, sees it gone.
   */
  private void rebuild(SupervisedPod pod, SandboxRebuild planned) {
    log.info("pod {}: its sandbox died; rebuilding the pod", pod.pod().name());
    List<SandboxRebuilder.Restarted> created;
    try {
      created = rebuilder.rebuild(pod.started(), planned);
    } catch (NotFoundException | ConflictException e) {
      log.info("pod {}: not rebuilt, its sandbox is being deleted: {}", pod.pod().name(), e.getMessage());
      lookAgainLater(pod);
      return;
    } catch (RuntimeException e) {
      log.warn("pod {}: rebuilding after its sandbox died failed: {}", pod.pod().name(), e.getMessage());
      return;
    }
    int generation = pod.rebuilt(planned.fromFirstInit());
    if (pod.address() != null) {
      pod.address(PodInspector.podAddress(clients, pod.pod(), pod.started().sandboxId())); // a new network namespace
    }
    Runnable removeOlder = () -> created.forEach(member ->
        restarter.removeOlderAttempts(pod.uid(), member.spec().name(), member.attempt()));
    if (planned.fromFirstInit()) {
      PodStarter.Started started = pod.started();
      List<String> ids = created.stream().map(SandboxRebuilder.Restarted::containerId).toList();
      executor.execute(() -> runStartSequence(pod, generation, "start after its sandbox died",
          () -> starter.runAgain(started, ids), removeOlder));
      return;
    }
    created.forEach(member -> pod.probes().watch(member.spec(), member.containerId(), member.attempt(), pod.address()));
    removeOlder.run();
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
        afterwards.run();
        probeStarted(pod);
      }
    }
    if (adopted) {
      pods.requestSync(pod);
    } else if (pod.closed()) {
      remover.remove(pod.uid(), Duration.ZERO);
    } else {
      log.info("pod {}: a start step from before its rebuild ended; the rebuild's start goes on", pod.pod().name());
    }
  }

  /** The sandbox is gone: another process deleted the pod. Whatever a restart created after its list goes too. */
  private void finishDeletion(SupervisedPod pod) {
    log.info("pod {} was deleted by another process; removing what its restarts left", pod.pod().name());
    pods.forget(pod.uid());
    executor.execute(() -> remover.remove(pod.uid(), Duration.ZERO));
  }

  private void lookAgainLater(SupervisedPod pod) {
    pod.wakeUp(scheduler.schedule(() -> pods.requestSync(pod), DELETION_SETTLES.toMillis(), TimeUnit.MILLISECONDS));
  }
}
