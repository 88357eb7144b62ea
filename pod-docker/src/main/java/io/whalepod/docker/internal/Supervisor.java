package io.whalepod.docker.internal;

import com.github.dockerjava.api.model.Event;
import io.whalepod.model.Pod;
import io.whalepod.plan.BackOff;
import io.whalepod.plan.ContainerKill;
import java.io.Closeable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supervises the pods it is given, as the kubelet does (docs/behaviour.md §4): whenever one of their containers dies, the stream
 * breaks, a back-off ends or a probe fails, the pod is synced ({@link PodSync}: observe, plan, act). One Docker event
 * stream for all of them: no polling, no thread per pod. Which pods a process supervises is its ownership's choice;
 * the rules are the same for all. Each pod's state is one {@link SupervisedPod}.
 */
public final class Supervisor implements SupervisedStatus, KillRequests, Closeable {
  private static final Logger log = LoggerFactory.getLogger(Supervisor.class);
  private final Map<String, SupervisedPod> pods = new ConcurrentHashMap<>();
  private final DockerClients clients;
  private final BackOff backOff;
  private final Prober prober;
  private final PodSync sync;
  private final KillRequests unsupervised;
  private final Executor executor;
  private final Clock clock = Clock.systemUTC();
  private final DockerEventStream eventStream;
  /** Hears the deaths of every Whalepod container; after a gap in the stream, syncs every pod it supervises. */
  private final DockerEventStream.Listener deaths = new DockerEventStream.Listener() {
    @Override
    public void onEvent(Event event) {
      // A die needs a plan; a destroy may be the sandbox of a finished pod deleted by another process.
      if (is(event, "die") || is(event, "destroy")) {
        Map<String, String> attributes = event.getActor() == null ? Map.of() : event.getActor().getAttributes();
        SupervisedPod pod = pods.get(String.valueOf(attributes.get(Labels.POD_UID)));
        if (pod != null) {
          requestSync(pod);
        }
      }
    }

    private boolean is(Event event, String action) {
      return action.equals(event.getAction()) || action.equals(event.getStatus());
    }

    @Override
    public void onGap() {
      pods.values().forEach(Supervisor.this::requestSync);
    }
  };
  private boolean listening; // guarded by this
  private boolean closed; // guarded by this

  /**
   * @param unsupervised where kills of pods this supervisor does not hold go (they are stopped at once)
   */
  public Supervisor(DockerClients clients, BackOff backOff, ScheduledExecutorService scheduler, Executor executor,
      StatusBus bus, DockerEventStream eventStream, PodRemover remover, PostStartHooks postStart, PodStarter starter,
      Prober prober, KillRequests unsupervised) {
    this.clients = clients;
    this.backOff = backOff;
    this.prober = prober;
    this.executor = executor;
    this.eventStream = eventStream;
    this.unsupervised = unsupervised;
    this.sync = new PodSync(clients, starter, postStart, remover, bus, executor, scheduler,
        clock, new PodSync.Pods() {
          @Override
          public void requestSync(SupervisedPod pod) {
            Supervisor.this.requestSync(pod);
          }

          @Override
          public void forget(String uid) {
            Supervisor.this.forget(uid);
          }
        });
  }

  /**
   * Takes on a pod whose start sequence ran; the event stream opens with the first pod. A container may have exited
   * before the pod was registered (its die event then found nobody), so the pod is synced once now.
   */
  public void watch(PodStarter.Started started) {
    take(started, backOff);
  }

  /** @return false when the pod was held already */
  private boolean take(PodStarter.Started started, BackOff podBackOff) {
    SupervisedPod pod = new SupervisedPod(started, podBackOff, prober.forPod(started.pod(), this));
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the supervisor is closed");
      }
      if (pods.putIfAbsent(pod.uid(), pod) != null) {
        return false;
      }
      if (!listening) {
        eventStream.addHandler(deaths);
        listening = true;
      }
    }
    try {
      synchronized (pod) {
        sync.probeStarted(pod);
      }
    } catch (RuntimeException e) {
      log.warn("pod {}: probes not started: {}", pod.pod().name(), e.getMessage());
    }
    requestSync(pod);
    return true;
  }

  /**
   * Takes on a pod that exists already, found by its labels (another process started it, or this process started
   * afresh): everything it needs is read back from the engine. A pod held already is left as it is.
   *
   * @param recorded the back-off the pod's sandbox records; empty for this supervisor's own
   * @return false when the pod was held already
   */
  public boolean adopt(Pod pod, String sandboxId, Optional<BackOff> recorded) {
    return !pods.containsKey(pod.metadata().uid())
        && take(new PodStarter.Started(pod, sandboxId, PodVolumes.existing(clients.client(), pod)),
            recorded.orElse(backOff));
  }

  /** How many pods this supervisor holds. */
  public int size() {
    return pods.size();
  }

  /** Queues a sync of the pod, unless one is queued already (it will see the newest state). */
  private void requestSync(SupervisedPod pod) {
    if (pod.queueSync()) {
      executor.execute(() -> {
        pod.dequeued();
        sync.sync(pod);
      });
    }
  }

  /**
   * Stops supervising a pod: call before deleting it. Once this returns no sync runs for it; a start sequence in
   * flight (an init container running) stops before its next step, and a deletion in progress removes what it left.
   */
  public void forget(String uid) {
    SupervisedPod pod = pods.remove(uid);
    if (pod != null) {
      pod.close(true);
    }
  }

  /** Stops supervising every pod and leaves each as it is (a start step still running stops before its next step). */
  @Override
  public synchronized void close() {
    closed = true;
    pods.values().forEach(pod -> pod.close(false));
    pods.clear();
    eventStream.remove(deaths);
  }

  @Override
  public boolean supervises(String uid) {
    return pods.containsKey(uid);
  }

  @Override
  public Optional<Boolean> ready(String uid, String name, int attempt) {
    return probed(uid).map(pod -> pod.probes().ready(name, attempt));
  }

  @Override
  public Optional<Boolean> started(String uid, String name, int attempt) {
    return probed(uid).map(pod -> pod.probes().started(name, attempt));
  }

  /** A supervised pod that has probes: a probe with no result yet there has not passed. */
  private Optional<SupervisedPod> probed(String uid) {
    return Optional.ofNullable(pods.get(uid)).filter(pod -> PodProbes.any(pod.pod()));
  }

  @Override
  public Optional<Duration> backOffRemaining(String uid, String name, int exitedAttempt) {
    Instant now = clock.instant();
    return Optional.ofNullable(pods.get(uid)).flatMap(pod -> pod.backOffUntil(name, exitedAttempt, now))
        .map(until -> Duration.between(now, until));
  }

  /** A probe or a postStart hook failed: the pod's next plan stops that run (if it still runs). */
  @Override
  public void request(Pod pod, ContainerKill kill, String containerId) {
    SupervisedPod supervised = pods.get(pod.metadata().uid());
    if (supervised == null) {
      unsupervised.request(pod, kill, containerId);
      return;
    }
    supervised.requestKill(kill);
    requestSync(supervised);
  }
}
