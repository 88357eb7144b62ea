package io.whalepod.docker.internal;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Event;
import io.whalepod.model.Pod;
import io.whalepod.plan.BackOff;
import io.whalepod.plan.RestartDecision;
import java.io.Closeable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts the app containers of the pods one runtime owns, per the pod's restartPolicy with the kubelet's
 * back-off (SPEC §4). One Docker event stream for all of them: no polling, no thread per pod. A restart is a new
 * container (attempt n+1); the previous one stays as the source of lastState, older ones are removed.
 */
public final class Supervisor implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(Supervisor.class);

  private final DockerClients clients;
  private final BackOff backOff;
  private final ScheduledExecutorService scheduler;
  private final Prober prober;
  private final BackOffs backOffs;
  private final StatusBus bus;
  private final PodRemover remover;
  private final SandboxRebuilder rebuilder;
  private final PostStartHooks postStart;
  private final PodStarter starter;
  /** Where an init container's retry waits for its exit: not on the scheduler, which times every restart. */
  private final Executor executor;
  private final Map<String, PodStarter.Started> pods = new ConcurrentHashMap<>();
  /** uid → where probes reach the pod. */
  private final Map<String, String> addresses = new ConcurrentHashMap<>();
  /** uid/container → consecutive restarts. */
  private final Map<String, Integer> restarts = new ConcurrentHashMap<>();
  /** uid/container/attempt already handled: an exit is seen by its event and possibly by a resync. */
  private final Set<String> handledAttempts = ConcurrentHashMap.newKeySet();
  private final SidecarShutdown sidecarShutdown;
  private final SupervisedContainers podContainers;
  /** uid → rebuilds so far (see {@link #adopt}). */
  private final Map<String, Integer> generations = new ConcurrentHashMap<>();
  /** Restarts hold the read lock; forget and close the write lock, so no restart is in flight once they return. */
  private final ReadWriteLock restartLock = new ReentrantReadWriteLock();
  private final EngineEvents engineEvents;
  /** Hears the exits of every Whalepod container; after a gap in the stream, re-reads every pod it supervises. */
  private final EngineEvents.Listener exits = new EngineEvents.Listener() {
    @Override
    public void onEvent(Event event) {
      if ("die".equals(event.getAction()) || "die".equals(event.getStatus())) {
        onDie(event);
      }
    }

    @Override
    public void onGap() {
      pods.values().forEach(Supervisor.this::resyncQuietly);
    }
  };
  private boolean listening; // guarded by this
  private volatile boolean closed;

  public Supervisor(DockerClients clients, BackOff backOff, ScheduledExecutorService scheduler, LocalKnowledge local,
      StatusBus bus, EngineEvents engineEvents, PodRemover remover, PostStartHooks postStart, PodStarter starter, Executor executor) {
    this.postStart = postStart;
    this.starter = starter;
    this.executor = executor;
    this.remover = remover;
    this.rebuilder = new SandboxRebuilder(clients);
    this.sidecarShutdown = new SidecarShutdown(clients, remover, scheduler);
    this.podContainers = new SupervisedContainers(clients);
    this.engineEvents = engineEvents;

    this.clients = clients;
    this.backOff = backOff;
    this.scheduler = scheduler;
    this.prober = local.prober();
    this.backOffs = local.backOffs();
    this.bus = bus;
  }

  /**
   * Starts watching a pod; the event stream opens with the first pod. A container may have exited before the pod
   * was registered (its die event then found nobody), so the pod's current state is read once afterwards.
   */
  public void watch(PodStarter.Started started) {
    synchronized (this) {
      pods.put(started.pod().metadata().uid(), started);
      if (!listening) {
        engineEvents.addHandler(exits);
        listening = true;
      }
    }
    resync(started);
    probeRunningContainers(started);
    if (started.outcome() == PodStarter.Outcome.INIT_FAILED && !"Never".equals(started.pod().spec().restartPolicy())) {
      retryInitLater(started, generationOf(started.pod().metadata().uid()));
    }
  }

  /**
   * Under Always and OnFailure the kubelet retries a failed init container with the usual back-off, the pod
   * Pending meanwhile (Init:CrashLoopBackOff); then the start goes on where it stopped.
   */
  private void retryInitLater(PodStarter.Started failed, int generation) {
    String uid = failed.pod().metadata().uid();
    String name = failed.pod().spec().initContainers().get(failed.failedInit()).name();
    var containers = clients.client().listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(Labels.POD_UID, uid, Labels.CONTAINER_NAME, name)).exec();
    // The next attempt follows the engine's newest: a rebuild may have run this init container since the start.
    Optional<Container> failedRun = ContainerObservations.current(name, containers);
    int exited = failedRun.map(c -> Labels.attempt(c.getLabels())).orElse(-1);
    Duration lastRun = failedRun.map(c -> podContainers.lastRun(c.getId())).orElse(Duration.ZERO);
    Duration delay = nextDelay(uid, name, exited, lastRun);
    log.info("pod {} init container {} failed; retrying in {}", failed.pod().name(), name, delay);
    scheduler.schedule(() -> executor.execute(() -> retryInit(failed, name, exited + 1, generation)),
        delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * The kubelet's back-off for the next run of a container whose attempt {@code exitedAttempt} ended: counted per
   * container, reset by a long run. While it waits, Docker says exited and the status says CrashLoopBackOff.
   */
  private Duration nextDelay(String uid, String name, int exitedAttempt, Duration lastRun) {
    String key = uid + "/" + name;
    int soFar = backOff.resets(lastRun) ? 0 : restarts.getOrDefault(key, 0);
    Duration delay = backOff.delay(soFar, lastRun);
    restarts.put(key, soFar + 1);
    if (!delay.isZero()) {
      backOffs.start(uid, name, exitedAttempt, delay);
      bus.publish(uid);
    }
    return delay;
  }

  private void retryInit(PodStarter.Started failed, String name, int attempt, int generation) {
    String uid = failed.pod().metadata().uid();
    if (!pods.containsKey(uid) || generationOf(uid) != generation) {
      return; // deleted or rebuilt while backing off
    }
    backOffs.end(uid, name, attempt - 1);
    runStartStep(failed, "init container " + name + ": retry", () -> starter.retryInit(failed, attempt))
        .ifPresent(next -> {
          podContainers.removeOlderAttempts(uid, name, attempt);
          adopt(next, generation);
        });
  }

  /**
   * Runs part of a pod's start sequence outside the restart lock, since an init container may run for long and a
   * delete would wait for it; a failure is logged, and if the pod was deleted meanwhile its deletion is finished.
   */
  private Optional<PodStarter.Started> runStartStep(PodStarter.Started pod, String step,
      Supplier<PodStarter.Started> run) {
    try {
      return Optional.of(run.get());
    } catch (RuntimeException e) {
      log.warn("pod {} {} failed: {}", pod.pod().name(), step, e.getMessage());
      if (!pods.containsKey(pod.pod().metadata().uid())) {
        remover.remove(pod.pod().metadata().uid(), Duration.ZERO); // the step may have left a member
      }
      return Optional.empty();
    }
  }

  /**
   * Takes over where a start step begun in {@code generation} left the pod: replaced only if still watched (a
   * delete that forgets the pod after this lists the step's members) and not rebuilt since (the rebuild's own start
   * sequence then owns the pod); a failed init container is retried, else the running containers are probed. Under
   * the restart lock, so a delete does not forget the pod between the check and the probes.
   */
  private void adopt(PodStarter.Started next, int generation) {
    String uid = next.pod().metadata().uid();
    boolean deleted;
    restartLock.readLock().lock();
    try {
      deleted = !pods.containsKey(uid);
      if (!deleted && generationOf(uid) != generation) {
        log.info("pod {}: a start step from before its rebuild ended; the rebuild's start goes on", next.pod().name());
        return;
      }
      if (!deleted) {
        pods.put(uid, next);
        if (next.outcome() == PodStarter.Outcome.INIT_FAILED) {
          retryInitLater(next, generation);
        } else {
          probeRunningContainers(next);
        }
      }
    } finally {
      restartLock.readLock().unlock();
    }
    if (deleted) {
      remover.remove(uid, Duration.ZERO); // deleted while the step ran: finish it, the step may have left a member
    }
  }

  /** Bumped by each rebuild: a start step from an older generation must not take the pod over. */
  private int generationOf(String uid) {
    return generations.getOrDefault(uid, 0);
  }

  /**
   * A rebuilt pod with regular init containers starts again from its first one, as the kubelet runs a new
   * sandbox's init containers before its app containers; {@code created} are the next attempts, in spec order.
   */
  private void runAgainFromFirstInit(PodStarter.Started pod, List<SandboxRebuilder.Restarted> created,
      int generation) {
    String uid = pod.pod().metadata().uid();
    runStartStep(pod, "start after its sandbox died",
        () -> starter.runAgain(pod, created.stream().map(SandboxRebuilder.Restarted::containerId).toList()))
        .ifPresent(next -> {
          created.forEach(member -> podContainers.removeOlderAttempts(uid, member.spec().name(), member.attempt()));
          adopt(next, generation);
        });
  }

  /** Probes the containers PodStarter started (attempt 0); restarts are probed as they start. */
  private void probeRunningContainers(PodStarter.Started started) {
    Pod pod = started.pod();
    if (pod.spec().allContainers().stream().allMatch(c -> c.startupProbe() == null && c.livenessProbe() == null
        && c.readinessProbe() == null)) {
      return;
    }
    String uid = pod.metadata().uid();
    prober.own(uid);
    addresses.put(uid, PodInspector.podAddress(clients, pod, started.sandboxId()));
    // Whatever the list says of its state (it can lag behind the start): PodStarter started these.
    var containers = clients.podContainers(uid);
    for (io.whalepod.model.Container spec : supervised(pod)) {
      ContainerObservations.current(spec.name(), containers)
          .ifPresent(c -> prober.watch(pod, spec, c.getId(),
              Labels.attempt(c.getLabels()), addresses.get(uid)));
    }
  }

  /** App containers and native sidecars: the ones restarted here, and probed. */
  private static List<io.whalepod.model.Container> supervised(Pod pod) {
    return pod.spec().allContainers().stream()
        .filter(c -> c.isSidecar() || !pod.spec().initContainers().contains(c)).toList();
  }

  /** Stops restarting a pod's containers: call before deleting it. */
  public void forget(String uid) {
    restartLock.writeLock().lock();
    try {
      pods.remove(uid);
    } finally {
      restartLock.writeLock().unlock();
    }
    prober.forget(uid);
    backOffs.forget(uid);
    addresses.remove(uid);
    restarts.keySet().removeIf(key -> key.startsWith(uid + "/"));
    handledAttempts.removeIf(key -> key.startsWith(uid + "/"));
    sidecarShutdown.forget(uid);
    generations.remove(uid);
  }

  @Override
  public synchronized void close() {
    closed = true;
    restartLock.writeLock().lock();
    try {
      pods.clear();
    } finally {
      restartLock.writeLock().unlock();
    }
    prober.close();
    engineEvents.remove(exits);
  }

  private void resyncQuietly(PodStarter.Started pod) {
    try {
      resync(pod);
    } catch (RuntimeException e) {
      log.debug("resync of pod {} failed: {}", pod.pod().name(), e.getMessage()); // the next reconnect retries
    }
  }

  private void onDie(Event event) {
    Map<String, String> attributes = event.getActor() == null ? Map.of() : event.getActor().getAttributes();
    PodStarter.Started pod = pods.get(attributes.get(Labels.POD_UID));
    if (pod != null && Labels.Type.SANDBOX.label().equals(attributes.get(Labels.CONTAINER_TYPE))) {
      scheduler.execute(() -> rebuild(pod.pod().metadata().uid()));
      return;
    }
    if (pod == null || !isRestartable(pod, attributes.get(Labels.CONTAINER_TYPE), attributes.get(Labels.CONTAINER_NAME))) {
      return;
    }
    onExit(pod, attributes.get(Labels.CONTAINER_NAME),
        Labels.attempt(attributes),
        Integer.parseInt(attributes.getOrDefault("exitCode", "0")), event.getId());
  }

  /**
   * The pause container died while the pod is supervised: rebuild the pod around it, unless the pod is being
   * deleted (by this runtime it is forgotten first; by another process its sandbox is then gone).
   */
  private void rebuild(String uid) {
    PodStarter.Started pod = pods.get(uid);
    boolean deletedElsewhere = false;
    restartLock.writeLock().lock(); // no restart of a single member meanwhile
    try {
      if (pod == null || closed || pods.get(uid) != pod || "Never".equals(pod.pod().spec().restartPolicy())) {
        return;
      }
      SupervisedContainers.Sandbox sandbox = podContainers.sandbox(pod.sandboxId());
      if (!sandbox.exists()) {
        deletedElsewhere = true; // a restart may have created a member after that deleter listed the pod's
        return;
      }
      if (sandbox == SupervisedContainers.Sandbox.RUNNING) {
        return; // rebuilt already: its die event and a restart that found it dead both asked for this
      }
      if (podContainers.succeeded(pod)) {
        return; // Succeeded is final: the kubelet runs nothing of a finished pod again
      }
      int generation = generations.merge(uid, 1, Integer::sum);
      log.info("pod {}: its sandbox died; rebuilding the pod", pod.pod().name());
      boolean hasRegularInits = pod.pod().spec().initContainers().stream().anyMatch(c -> !c.isSidecar());
      List<io.whalepod.model.Container> again = hasRegularInits ? pod.pod().spec().allContainers() : supervised(pod.pod());
      List<SandboxRebuilder.Restarted> created = rebuilder.rebuild(pod, again, !hasRegularInits,
          ended -> handledAttempts.add(uid + "/" + ended));
      if (addresses.containsKey(uid)) {
        addresses.put(uid, PodInspector.podAddress(clients, pod.pod(), pod.sandboxId())); // a new network namespace
      }
      if (hasRegularInits) {
        executor.execute(() -> runAgainFromFirstInit(pod, created, generation));
        return;
      }
      for (SandboxRebuilder.Restarted member : created) {
        if (addresses.containsKey(uid)) {
          prober.watch(pod.pod(), member.spec(), member.containerId(), member.attempt(), addresses.get(uid));
        }
        podContainers.removeOlderAttempts(uid, member.spec().name(), member.attempt());
      }
    } catch (NotFoundException | ConflictException e) {
      deletedElsewhere = true; // the sandbox is gone or being removed: another process deletes the pod
      log.info("pod {}: not rebuilt, its sandbox is being deleted: {}", uid, e.getMessage());
    } catch (RuntimeException e) {
      log.warn("pod {}: rebuilding after its sandbox died failed: {}", uid, e.getMessage());
    } finally {
      restartLock.writeLock().unlock();
    }
    if (deletedElsewhere) {
      sandboxLost(uid, pod);
    }
  }

  /** App containers and native sidecars are supervised; regular init containers run once, in PodStarter. */
  private static boolean isRestartable(PodStarter.Started pod, String type, String name) {
    if (Labels.Type.APP.label().equals(type)) {
      return true;
    }
    return Labels.Type.INIT.label().equals(type)
        && pod.pod().spec().container(name).map(io.whalepod.model.Container::isSidecar).orElse(false);
  }

  /** Handles app containers and sidecars that exited before the pod was watched. */
  private void resync(PodStarter.Started pod) {
    String uid = pod.pod().metadata().uid();
    var containers = clients.podContainers(uid);
    for (io.whalepod.model.Container spec : supervised(pod.pod())) {
      ContainerObservations.current(spec.name(), containers)
          .filter(c -> "exited".equals(c.getState()))
          .ifPresent(c -> {
            Long exitCode = clients.client().inspectContainerCmd(c.getId()).exec().getState().getExitCodeLong();
            onExit(pod, spec.name(), Labels.attempt(c.getLabels()),
                exitCode == null ? 0 : exitCode.intValue(), c.getId());
          });
    }
  }

  /** Schedules the restart of attempt {@code attempt} of a container, once per attempt. */
  private void onExit(PodStarter.Started pod, String name, int attempt, int exitCode, String containerId) {
    if (!handledAttempts.add(pod.pod().metadata().uid() + "/" + name + "/" + attempt)) {
      return; // the die event and the resync both saw this exit
    }
    var spec = pod.pod().spec().container(name).orElseThrow();
    String uid = pod.pod().metadata().uid();
    if (sidecarShutdown.isDone(uid)
        || !RestartDecision.shouldRestart(pod.pod().spec().restartPolicy(), exitCode, spec.isSidecar())) {
      if (!spec.isSidecar()) {
        sidecarShutdown.afterAppExit(pod.pod(), name, exitCode);
      }
      return;
    }
    Duration delay = nextDelay(uid, name, attempt, podContainers.lastRun(containerId));
    log.info("pod {} container {} exited {}; restarting in {}", pod.pod().name(), name, exitCode, delay);
    Labels.Type type = spec.isSidecar() ? Labels.Type.INIT : Labels.Type.APP;
    scheduler.schedule(() -> restart(pod.pod().metadata().uid(), name, type, attempt + 1),
        delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void restart(String uid, String name, Labels.Type type, int attempt) {
    restartLock.readLock().lock();
    try {
      PodStarter.Started pod = pods.get(uid);
      if (pod == null) {
        return; // deleted or closed while backing off
      }
      backOffs.end(uid, name, attempt - 1);
      if (podContainers.sandbox(pod.sandboxId()) != SupervisedContainers.Sandbox.RUNNING) {
        sandboxLost(uid, pod);
        return;
      }
      var container = pod.pod().spec().container(name).orElseThrow();
      String id = null;
      try {
        id = MemberFactory.create(clients.client(), pod.pod(), container, type, attempt,
            pod.sandboxId(), pod.volumes().bindsFor(container), false).exec().getId();
        clients.client().startContainerCmd(id).exec();
        postStart.run(pod.pod(), container, id, pod.sandboxId());
        if (addresses.containsKey(uid)) {
          prober.watch(pod.pod(), container, id, attempt, addresses.get(uid));
        }
        podContainers.removeOlderAttempts(uid, name, attempt);
      } catch (RuntimeException e) {
        log.warn("pod {} container {}: restart failed: {}", pod.pod().name(), name, e.getMessage());
        if (podContainers.sandbox(pod.sandboxId()) != SupervisedContainers.Sandbox.RUNNING) {
          sandboxLost(uid, pod);
        }
      }
    } finally {
      restartLock.readLock().unlock();
    }
  }

  /**
   * The pause container is not running. When it is gone, another process deleted the pod while this one restarted
   * a member: finish that deletion, so no member outlives its sandbox. When it is merely stopped, the pod is
   * rebuilt around it.
   */
  private void sandboxLost(String uid, PodStarter.Started pod) {
    // Checked a moment later: a sandbox being force-removed is still listed, stopped, for a few milliseconds.
    scheduler.schedule(() -> {
      if (podContainers.sandbox(pod.sandboxId()).exists()) {
        rebuild(uid); // it died unseen (the event stream was down, the engine restarted): rebuild as the kubelet does
        return;
      }
      log.info("pod {} was deleted by another process; removing what its restarts left", pod.pod().name());
      forget(uid);
      remover.remove(uid, Duration.ZERO);
    }, 1, TimeUnit.SECONDS);
  }

}
