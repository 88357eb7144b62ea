package io.whalepod.docker.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.Bind;
import io.whalepod.docker.PodException;
import io.whalepod.docker.PodStartException;
import io.whalepod.model.Container;
import io.whalepod.model.Pod;
import io.whalepod.yaml.Manifest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a validated pod up (docs/behaviour.md §3–§4): images first (nothing is created for a pod whose image is missing), then
 * the sandbox, with the volumes and every member created while the sandbox starts; init containers one at a time
 * in spec order, each to exit 0; then the app containers, started together. A failure rolls back all of it.
 */
public final class PodStarter {
  private static final Logger log = LoggerFactory.getLogger(PodStarter.class);

  private final DockerClients clients;
  private final ImagePolicy images;
  private final Supplier<String> pauseImage;
  private final PodRemover remover;
  private final Executor executor;
  private final SidecarStartup sidecarStartup;
  private final PostStartHooks postStart;

  public PodStarter(DockerClients clients, ImagePolicy images, Supplier<String> pauseImage, PodRemover remover,
      Executor executor, ProbeRunner probes, PostStartHooks postStart) {
    this.clients = clients;
    this.images = images;
    this.pauseImage = pauseImage;
    this.remover = remover;
    this.executor = executor;
    this.sidecarStartup = new SidecarStartup(probes);
    this.postStart = postStart;
  }

  /**
   * A pod whose start sequence ran (its apps started, or an init container failed: the engine shows which), with
   * what a supervisor needs to recreate a member: the sandbox it joins and the pod's volumes.
   */
  public record Started(Pod pod, String sandboxId, PodVolumes volumes) {}

  /** A created container of the pod: its Docker id and which run it is. */
  public record Run(String containerId, int attempt) {}

  /**
   * @param keeper who keeps the pod running: its sandbox says so in its labels
   */
  public Started start(Pod pod, Manifest resources, Keeper keeper) {
    // The pause image and each distinct member image are checked at once: one engine round trip, not one per image.
    CompletableFuture<String> pauseReady = CompletableFuture.supplyAsync(pauseImage, executor);
    Parallel.map(executor, distinctImages(pod), container -> {
      images.ensure(pod, container);
      return container;
    });
    String pause = Parallel.join(pauseReady);
    HostPaths.check(pod, clients.dockerHost().startsWith("unix://"));
    try {
      return createAndStart(pod, resources, pause, keeper);
    } catch (RuntimeException e) {
      remover.remove(pod.metadata().uid(), Duration.ZERO);
      throw e instanceof PodException ? e : new PodStartException(pod.name(), null, rootMessage(e), e);
    }
  }

  private Started createAndStart(Pod pod, Manifest resources, String pause, Keeper keeper) {
    DockerClient client = clients.client();
    PodVolumes volumes = new PodVolumes(client, pod);
    List<Bind> heldVolumes = volumes.createInMemory();
    String sandboxId = SandboxFactory.create(client, pod, pause, keeper, heldVolumes).exec().getId();
    // Whichever sandbox starts first takes the pod's hostPorts: with ports, the name is settled before the start,
    // else two racing runs could each lose one (the port to one, the name to the other) and both fail.
    boolean publishesPorts = !SandboxFactory.hostPorts(pod.spec()).isEmpty();
    if (publishesPorts) {
      NameClaim.check(client, pod);
    }
    CompletableFuture<Void> sandboxStarted = CompletableFuture.runAsync(() -> startSandbox(pod, sandboxId), executor);
    CompletableFuture<Void> nameHeld = publishesPorts ? CompletableFuture.completedFuture(null)
        : CompletableFuture.runAsync(() -> NameClaim.check(client, pod), executor);
    volumes.create(resources, pause);
    List<ToCreate> members = new ArrayList<>();
    pod.spec().initContainers().forEach(c -> members.add(new ToCreate(c, Labels.Type.INIT)));
    pod.spec().containers().forEach(c -> members.add(new ToCreate(c, Labels.Type.APP)));
    // Detached pods with no agent to restart them: Docker's own restart policy does (it backs off differently).
    boolean dockerRestarts = keeper.dockerRestarts();
    List<String> ids = Parallel.map(executor, members, m -> create(pod, m, sandboxId, volumes, dockerRestarts));
    Parallel.join(sandboxStarted);
    Parallel.join(nameHeld); // before any member runs: a run that gives way leaves no trace
    Map<String, Run> runs = new java.util.HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      runs.put(members.get(i).container().name(), new Run(ids.get(i), 0));
    }
    Started started = new Started(pod, sandboxId, volumes);
    runFrom(started, 0, runs, () -> true);
    return started;
  }

  /**
   * Runs an init container again as {@code attempt} (under Always or OnFailure the kubelet retries a failed
   * one), then the rest of the start sequence: the later init containers and the app containers, created earlier.
   *
   * @param current false once the supervisor rebuilt or forgot the pod: the sequence stops before its next step
   */
  public void runInit(Started pod, String initName, Labels.Attempt attempt, BooleanSupplier current) {
    Pod spec = pod.pod();
    Container init = spec.spec().container(initName).orElseThrow();
    int index = spec.spec().initContainers().indexOf(init);
    String id = MemberFactory.create(clients.client(), spec, init, Labels.Type.INIT, attempt, pod.sandboxId(),
        pod.volumes().bindsFor(init), false).exec().getId();
    if (runToCompletion(spec, init, id) && current.getAsBoolean()) {
      var containers = clients.podContainers(spec.metadata().uid());
      Map<String, Run> runs = new java.util.HashMap<>();
      spec.spec().allContainers().forEach(c -> ContainerObservations.current(c.name(), containers)
          .ifPresent(x -> runs.put(c.name(), new Run(x.id(), x.attempt()))));
      runFrom(pod, index + 1, runs, current);
    }
  }

  /**
   * Runs a rebuilt pod's whole start sequence again on its restarted sandbox: {@code runs} are the containers
   * created for it, by name (an app container left out is not started).
   */
  public void runAgain(Started pod, Map<String, Run> runs, BooleanSupplier current) {
    runFrom(pod, 0, runs, current);
  }

  /**
   * Init containers from {@code firstInit} one at a time, then every app container of {@code runs} at once. Ends
   * early when an init container fails, or when the pod is no longer {@code current} before a step.
   */
  private void runFrom(Started started, int firstInit, Map<String, Run> runs, BooleanSupplier current) {
    Pod pod = started.pod();
    String sandboxId = started.sandboxId();
    List<Container> inits = pod.spec().initContainers();
    for (Container init : inits.subList(firstInit, inits.size())) {
      String id = runs.get(init.name()).containerId();
      if (!current.getAsBoolean()) {
        return;
      }
      if (init.isSidecar()) {
        // A native sidecar counts as started once it runs and its startup probe, if any, passed.
        start(pod, init, id);
        awaitStartup(pod, init, id, sandboxId);
        continue;
      }
      if (!runToCompletion(pod, init, id)) {
        return;
      }
    }
    if (!current.getAsBoolean()) {
      return;
    }
    List<Container> apps = pod.spec().containers().stream().filter(c -> runs.containsKey(c.name())).toList();
    Parallel.map(executor, apps, app -> {
      Run run = runs.get(app.name());
      start(pod, app, run.containerId());
      return postStart.run(pod, app, run, sandboxId);
    });
  }

  private record ToCreate(Container container, Labels.Type type) {}

  /** One container per image and pull policy: members usually share an image, and one check of it is enough. */
  private static List<Container> distinctImages(Pod pod) {
    Map<String, Container> byImage = new java.util.LinkedHashMap<>();
    pod.spec().allContainers().forEach(c -> byImage.putIfAbsent(c.image() + " " + c.imagePullPolicy(), c));
    return List.copyOf(byImage.values());
  }

  private String create(Pod pod, ToCreate member, String sandboxId, PodVolumes volumes, boolean dockerRestarts) {
    try {
      return MemberFactory.create(clients.client(), pod, member.container(), member.type(), Labels.Attempt.FIRST,
          sandboxId,
          volumes.bindsFor(member.container()),
          dockerRestarts && (member.type() == Labels.Type.APP || member.container().isSidecar()))
          .exec().getId();
    } catch (RuntimeException e) {
      throw new PodStartException(pod.name(), member.container().name(), "create failed: " + rootMessage(e), e);
    }
  }

  private void startSandbox(Pod pod, String sandboxId) {
    try {
      clients.client().startContainerCmd(sandboxId).exec();
    } catch (RuntimeException e) {
      // Typically a hostPort already taken: Docker reports it when the sandbox, which publishes it, starts.
      throw new PodStartException(pod.name(), null, "sandbox failed to start: " + rootMessage(e), e);
    }
  }

  private String start(Pod pod, Container container, String id) {
    try {
      clients.client().startContainerCmd(id).exec();
      return id;
    } catch (RuntimeException e) {
      throw new PodStartException(pod.name(), container.name(), "start failed: " + rootMessage(e), e);
    }
  }

  private void awaitStartup(Pod pod, Container sidecar, String id, String sandboxId) {
    if (sidecar.startupProbe() == null) {
      return;
    }
    try {
      if (!sidecarStartup.await(sidecar, id, PodInspector.podAddress(clients, pod, sandboxId))) {
        throw new PodStartException(pod.name(), sidecar.name(), "startup probe failed "
            + sidecar.startupProbe().failureThreshold() + " times in a row", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PodStartException(pod.name(), sidecar.name(), "interrupted while waiting for its startup probe", e);
    }
  }

  /** Starts an init container and waits for its exit; true when it exited 0. */
  private boolean runToCompletion(Pod pod, Container container, String id) {
    start(pod, container, id);
    int exitCode = clients.longCalls().waitContainerCmd(id).exec(new WaitContainerResultCallback()).awaitStatusCode();
    if (exitCode != 0) {
      log.info("pod {}: init container {} exited {}", pod.name(), container.name(), exitCode);
    }
    return exitCode == 0;
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    // docker-java prefixes the HTTP status and wraps the engine's JSON; keep the engine's words.
    return message.replaceFirst("^Status \\d+: \\{\"message\":\"(.*)\"\\}\\s*$", "$1").strip();
  }
}
