package io.whalepod.docker.internal;

import io.whalepod.docker.image.PauseImage;
import io.whalepod.model.Pod;
import io.whalepod.plan.BackOff;
import io.whalepod.yaml.Manifest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Docker side of one runtime, wired once: the engine's clients, the threads, the one event stream, and what
 * starts, reads, supervises and removes pods. {@code PodRuntime} holds one and adds the public API and ownership.
 */
public final class DockerBackend implements AutoCloseable {
  private final DockerClients clients;
  private final ExecutorService executor;
  private final ScheduledExecutorService scheduler;
  private final StatusBus statusBus = new StatusBus();
  private final DockerEventStream eventStream;
  private final PodRemover remover;
  private final ContainerIo io;
  private final PodStarter starter;
  private final PodInspector inspector;
  private final Supervisor supervisor;
  private final PauseImage pause;
  private volatile EngineNode node;

  /**
   * @param suppliers  builders of missing images, asked before pulling
   * @param supervises whether this process supervises the pods it starts (restarts, probes): false for detached
   *                   pods, which Docker's restart policy keeps running
   */
  public DockerBackend(DockerClients clients, List<io.whalepod.docker.ImageSupplier> suppliers, boolean supervises,
      BackOff backOff) {
    this.clients = clients;
    this.executor = Executors.newCachedThreadPool(daemonThreads());
    this.scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads());
    this.remover = new PodRemover(clients, executor);
    this.io = new ContainerIo(clients);
    this.eventStream = new DockerEventStream(clients, scheduler, executor);
    ProbeRunner probes = new ProbeRunner(io, executor);
    // A failed postStart hook is the supervisor's to act on; a pod it does not hold (detached) is stopped at once.
    KillRequests direct = KillRequests.direct(remover, executor);
    AtomicReference<KillRequests> kills = new AtomicReference<>(direct);
    PostStartHooks postStart = new PostStartHooks(clients, probes, (pod, kill, id) -> kills.get().request(pod, kill, id));
    this.pause = new PauseImage(clients.images());
    this.starter = new PodStarter(clients, new ImagePolicy(clients.client(), suppliers), pause::ensure, remover,
        executor, probes, postStart);
    this.supervisor = supervises ? new Supervisor(clients, backOff, scheduler, executor, statusBus, eventStream,
        remover, postStart, starter, new Prober(probes, scheduler, executor, statusBus), direct) : null;
    if (supervisor != null) {
      kills.set(supervisor);
    }
    this.inspector = new PodInspector(clients, executor, supervisor);
  }

  /** Starts a validated pod (see {@link PodStarter}) and, when this process supervises, supervises it. */
  public void start(Pod pod, Manifest resources, Keeper keeper) {
    PodStarter.Started started = starter.start(pod, resources, keeper);
    if (supervisor != null) {
      supervisor.watch(started);
    }
  }

  /** Stops supervising a pod that is about to be deleted. */
  public void forget(String uid) {
    if (supervisor != null) {
      supervisor.forget(uid);
    }
  }

  /** Stops supervising every pod: nothing restarts what is removed from now on. */
  public void stopSupervising() {
    if (supervisor != null) {
      supervisor.close();
    }
  }

  /** The engine as a node, read once: its name and labels do not change while it runs. */
  public EngineNode node() {
    EngineNode known = node;
    if (known == null) {
      known = EngineNode.of(clients);
      node = known;
    }
    return known;
  }

  /** The pause image's reference, built first if the engine lacks it. */
  public String pauseImage() {
    return pause.ensure();
  }

  /** The runtime's pool, for work that must not run on the event stream's thread. */
  public java.util.concurrent.Executor executor() {
    return executor;
  }

  public DockerClients clients() {
    return clients;
  }

  public PodInspector inspector() {
    return inspector;
  }

  public ContainerIo io() {
    return io;
  }

  public PodRemover remover() {
    return remover;
  }

  public DockerEventStream eventStream() {
    return eventStream;
  }

  public StatusBus statusBus() {
    return statusBus;
  }

  public Optional<Supervisor> supervisor() {
    return Optional.ofNullable(supervisor);
  }

  @Override
  public void close() {
    stopSupervising();
    eventStream.close();
    scheduler.shutdownNow();
    executor.shutdownNow();
    clients.close();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "whalepod-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
