package io.whalepod.docker;

import io.whalepod.docker.image.ImageBuilder;
import io.whalepod.docker.internal.DockerBackend;
import io.whalepod.docker.internal.DockerClients;
import io.whalepod.docker.internal.DockerEscapeHatch;
import io.whalepod.docker.internal.Labels;
import io.whalepod.docker.internal.OwnerSession;
import io.whalepod.docker.internal.PodChangeSignal;
import io.whalepod.docker.internal.EngineNode;
import io.whalepod.docker.internal.Keeper;
import io.whalepod.docker.internal.Reaper;
import io.whalepod.plan.BackOff;
import io.whalepod.model.Pod;
import io.whalepod.plan.NodeFit;
import io.whalepod.validation.Defaults;
import io.whalepod.validation.GeneratedNames;
import io.whalepod.validation.PodValidator;
import io.whalepod.yaml.Manifest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.Function;

/**
 * Runs pods on one Docker engine. One per engine is enough: it is thread-safe and shares one connection pool.
 *
 * <pre>{@code
 * try (PodRuntime runtime = PodRuntime.fromEnvironment();
 *      PodHandle web = runtime.run(pod)) {
 *   web.exec("httpd", "wget", "-qO-", "localhost:8080");
 * }
 * }</pre>
 */
public final class PodRuntime implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PodRuntime.class);

  private final DockerBackend backend;
  private final PodDeleter deleter;
  private final Keeper keeper;
  private final Runnable removeOwnPods;
  private final Thread removeOwnPodsAtExit;

  private PodRuntime(DockerClients clients, List<ImageSupplier> extraSuppliers, boolean detached, boolean nodeAgent,
      BackOff backOff) {
    List<ImageSupplier> suppliers = new ArrayList<>(extraSuppliers);
    suppliers.add(new BusyboxSupplier(clients));
    // Owned pods are supervised (restarts, probes) by this JVM; detached ones by Docker's restart policy (see the
    // README), so nobody here probes them.
    this.backend = new DockerBackend(clients, suppliers, !detached, backOff);
    this.deleter = new PodDeleter(backend);
    OwnerSession session = OwnerSession.current();
    Reaper reaper = new Reaper(clients, backend.remover(), session);
    String runtimeId = UUID.randomUUID().toString();
    this.keeper = !detached ? Keeper.owner(session.labels(runtimeId), backOff)
        : nodeAgent ? Keeper.nodeAgent(backOff) : Keeper.docker();
    reaper.reapOrphans();
    // Supervision stops first: a pod being removed must not be restarted behind the remover's back.
    this.removeOwnPods = () -> {
      backend.stopSupervising();
      reaper.removePodsOf(runtimeId);
    };
    this.removeOwnPodsAtExit = detached ? null : new Thread(removeOwnPods, "whalepod-owned-pods");
    if (removeOwnPodsAtExit != null) {
      Runtime.getRuntime().addShutdownHook(removeOwnPodsAtExit);
    }
  }

  /**
   * A runtime for the engine named by {@code DOCKER_HOST}, else {@code /var/run/docker.sock}.
   *
   * @return a runtime whose pods are owned (see {@link Builder#detached}); never null
   * @throws EngineUnreachableException when the engine does not answer; the message names the address tried
   */
  public static PodRuntime fromEnvironment() {
    return builder().build();
  }

  /**
   * Starts configuring a runtime, for what {@link #fromEnvironment()} does not cover: another engine, detached
   * pods, image suppliers, a restart back-off.
   *
   * @return a new builder with the defaults of {@link #fromEnvironment()}; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates, defaults and starts a pod; returns once its app containers were started (or an init container
   * failed: see the status).
   *
   * @param pod the pod as written; defaults are filled in and a fresh uid set on the copy that runs
   * @return a handle on the started pod; never null
   * @throws io.whalepod.validation.PodValidationException with every problem, before anything is created
   * @throws ImageNotFoundException when an image is missing and cannot be had; nothing was created
   * @throws PodStartException when creation failed half-way; what was created has been removed
   * @throws PodExistsException when a pod of that name already exists in its namespace
   */
  public PodHandle run(Pod pod) {
    return run(pod, Manifest.of(List.of(pod)));
  }

  /**
   * Runs every pod of a manifest, whose ConfigMaps and Secrets feed their volumes. Every pod is validated before
   * the first one starts, so an invalid pod starts none; the pods then start one after the other.
   *
   * @param manifest the pods with the ConfigMaps and Secrets they use
   * @return a handle per pod, in the manifest's order; never null
   * @throws io.whalepod.validation.PodValidationException with every problem of a pod, before anything is created
   * @throws PodException when a pod of that name already exists, or (as for {@link #run(Pod)}) one fails to start
   */
  public List<PodHandle> apply(Manifest manifest) {
    List<Pod> pods = manifest.pods().stream().map(this::prepare).toList(); // all valid before any starts
    List<PodHandle> handles = new ArrayList<>();
    for (Pod pod : pods) {
      handles.add(start(pod, manifest));
    }
    return handles;
  }

  /**
   * Runs one pod with the ConfigMaps and Secrets of {@code resources}; otherwise as {@link #run(Pod)}.
   *
   * @param pod the pod as written; defaults are filled in and a fresh uid set on the copy that runs
   * @param resources the ConfigMaps and Secrets the pod's volumes may use; its pods are not run
   * @return a handle on the started pod; never null
   */
  public PodHandle run(Pod pod, Manifest resources) {
    return start(prepare(pod), resources);
  }

  /**
   * The pod of that name in that namespace, if it exists on this engine (whichever process started it).
   *
   * @param namespace the pod's namespace
   * @param name the pod's name
   * @return a handle on the pod, empty when there is none; never null
   */
  public Optional<PodHandle> find(String namespace, String name) {
    return backend.inspector().find(namespace, name).map(this::handle);
  }

  /**
   * Every pod of a namespace (null: of all namespaces), sorted by namespace and name.
   *
   * @param namespace the namespace; null for every namespace
   * @return a handle per pod; never null, empty when there are none
   */
  public List<PodHandle> list(String namespace) {
    Map<String, String> filter = namespace == null ? Map.of() : Map.of(Labels.POD_NAMESPACE, namespace);
    return backend.inspector().list(filter).stream().map(this::handle).toList();
  }

  /**
   * Follows the pods of a namespace (null: of every namespace) on Docker's event stream, for example to
   * re-list them on each change as {@code kubectl get pods -w} does.
   *
   * @param namespace the namespace to follow; null for every namespace
   * @return the subscription: close it to stop following; never null
   */
  public PodChanges changes(String namespace) {
    Map<String, String> filter = namespace == null ? Map.of(Labels.POD_UID, "") : Map.of(Labels.POD_NAMESPACE, namespace);
    return new PodChanges(PodChangeSignal.matching(backend.eventStream(), filter));
  }

  /**
   * Builds images on this runtime's engine, for example ahead of the pods that need them. It is the builder every
   * {@link ImageSupplier} made by {@link Builder#imageSupplier(Function)} gets; usable until the runtime closes.
   *
   * @return the engine's image builder; never null
   */
  public ImageBuilder images() {
    return backend.clients().images();
  }

  /** Deletes the pods this runtime owns (none when detached), then releases the engine connections. */
  @Override
  public void close() {
    if (removeOwnPodsAtExit != null) {
      removeOwnPods.run();
      try {
        Runtime.getRuntime().removeShutdownHook(removeOwnPodsAtExit);
      } catch (IllegalStateException alreadyExiting) {
        // closed from another shutdown hook: the pods are already gone
      }
    }
    backend.close();
  }

  private Pod prepare(Pod pod) {
    // As the API server: a name from generateName first, then defaults and validation.
    Pod valid = PodValidator.validateOrThrow(Defaults.apply(GeneratedNames.named(pod, ThreadLocalRandom.current())));
    if (find(valid.namespace(), valid.name()).isPresent()) {
      throw new PodExistsException(valid.name(), valid.namespace());
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    return valid.withMetadata(valid.metadata().withUid(UUID.randomUUID().toString(), now));
  }

  private PodHandle start(Pod pod, Manifest resources) {
    EngineNode here = backend.node();
    if (!NodeFit.fits(pod.spec(), here.name(), here.labels())) {
      log.warn("pod {}: no node fits its nodeName/nodeSelector; it stays Pending and nothing is created", pod.name());
      return new PodHandle(pod, backend, deleter, true);
    }
    backend.start(pod, resources, keeper);
    return handle(pod);
  }

  private PodHandle handle(Pod pod) {
    return new PodHandle(pod, backend, deleter, false);
  }

  /** Configures a runtime: the engine and extra local image suppliers. */
  public static final class Builder {
    static {
      // The escape hatch to a caller's own docker-java client lives in the internal package, not here.
      DockerEscapeHatch.install(Builder::buildOn);
    }

    private String dockerHost;
    private Map<String, String> environment = System.getenv();
    private final List<Function<ImageBuilder, ImageSupplier>> suppliers = new ArrayList<>();
    private boolean detached;
    private boolean nodeAgent;
    private BackOff backOff = BackOff.KUBERNETES;

    private Builder() {}

    /**
     * The engine to run pods on, instead of the one {@code DOCKER_HOST} names (else {@code
     * /var/run/docker.sock}): for example {@code unix:///run/user/1000/docker.sock} for a rootless engine or
     * {@code tcp://10.0.0.5:2376}. TLS, for tcp, and the API version still come from the {@link #environment}.
     *
     * @param value a {@code unix://} URI with the socket's path, or a {@code tcp://} URI with host and port; null
     *     for the environment's engine (the default)
     * @return this builder
     * @throws IllegalArgumentException when {@code value} is neither
     */
    public Builder dockerHost(String value) {
      dockerHost = value == null ? null : DockerClients.checkedHost(value);
      return this;
    }

    /**
     * The environment to read DOCKER_HOST, DOCKER_API_VERSION, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH from
     * (default: the process's); {@link #dockerHost} overrides its DOCKER_HOST.
     *
     * @param value variables by name; copied, never null
     * @return this builder
     */
    public Builder environment(Map<String, String> value) {
      environment = Map.copyOf(value);
      return this;
    }

    /**
     * Detached pods outlive this JVM (as {@code whalepod apply} makes them). By default pods are owned: deleted when
     * the runtime closes or the JVM exits, and, if the JVM was killed, by the next Whalepod process on this host.
     *
     * @param value true for pods that outlive this JVM; false (the default) for owned pods
     * @return this builder
     */
    public Builder detached(boolean value) {
      detached = value;
      return this;
    }

    /**
     * Detached pods made by this runtime are supervised by the node agent ({@code whalepod node}) by the kubelet's
     * rules (back-off, probes, sidecars, rebuilds), instead of by Docker's restart policies. While no agent runs, a
     * container that exits waits for one. Only with {@link #detached}.
     *
     * @param value true for agent-supervised detached pods; false (the default) for Docker's restart policies
     * @return this builder
     */
    public Builder nodeAgent(boolean value) {
      nodeAgent = value;
      return this;
    }

    /**
     * The restart back-off (Kubernetes': 10 s doubling to 5 min) of owned pods and of pods made for the node agent;
     * tests use small values. Each pod's sandbox records it, so the agent and every reader count the same back-off.
     * Detached pods without the agent are restarted by Docker's policies, so it does not apply to them.
     *
     * @param value the back-off; never null
     * @return this builder
     */
    public Builder restartBackOff(BackOff value) {
      backOff = Objects.requireNonNull(value, "backOff");
      return this;
    }

    /**
     * Builds missing images locally instead of pulling them. Suppliers are asked in the order added, before the
     * built-in one for {@code whalepod/busybox}; the first that supplies an image builds it.
     *
     * @param supplier the supplier to add; never null
     * @return this builder
     * @see #imageSupplier(Function) for a supplier that builds with the runtime's {@link ImageBuilder}
     */
    public Builder imageSupplier(ImageSupplier supplier) {
      Objects.requireNonNull(supplier, "supplier");
      return imageSupplier(images -> supplier);
    }

    /**
     * Adds a supplier made for the runtime's engine: {@link #build()} calls {@code factory} once with the
     * runtime's {@link PodRuntime#images() image builder}, for example {@code imageSupplier(MyImages::new)} where
     * {@code MyImages(ImageBuilder)} builds its images with {@link ImageBuilder#ensure}. Asked in order as
     * {@link #imageSupplier(ImageSupplier)}.
     *
     * @param factory makes the supplier from the runtime's image builder; never null, and must not return null
     * @return this builder
     */
    public Builder imageSupplier(Function<ImageBuilder, ImageSupplier> factory) {
      suppliers.add(Objects.requireNonNull(factory, "factory"));
      return this;
    }

    /**
     * Connects to the engine and creates the runtime. Owned pods left behind by Whalepod processes on this host
     * that were killed are removed now.
     *
     * @return the runtime; never null
     * @throws EngineUnreachableException when the engine does not answer; the message names the address tried
     */
    public PodRuntime build() {
      if (nodeAgent && !detached) {
        throw new IllegalStateException("nodeAgent(true) is for detached pods: set detached(true) too");
      }
      Map<String, String> env = environment;
      if (dockerHost != null) {
        env = new HashMap<>(environment);
        env.put("DOCKER_HOST", dockerHost);
      }
      return buildOn(DockerClients.fromEnvironment(env));
    }

    /** The runtime on these clients, which it then owns (and closes); see {@link DockerEscapeHatch}. */
    private PodRuntime buildOn(DockerClients clients) {
      try {
        clients.ping();
      } catch (RuntimeException e) {
        clients.close();
        throw e;
      }
      List<ImageSupplier> made = suppliers.stream()
          .map(factory -> Objects.requireNonNull(factory.apply(clients.images()), "image supplier from a factory"))
          .toList();
      return new PodRuntime(clients, made, detached, nodeAgent, backOff);
    }
  }
}
