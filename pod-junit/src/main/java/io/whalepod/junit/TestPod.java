package io.whalepod.junit;

import io.whalepod.docker.ExecResult;
import io.whalepod.docker.PodConditions;
import io.whalepod.docker.PodHandle;
import io.whalepod.model.ContainerPort;
import io.whalepod.model.Pod;
import io.whalepod.model.PodStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * A pod a test declares in a {@link PodUnderTest} field. Its configuration (source, start condition, timeout) is
 * immutable: {@link #waitingFor} and {@link #timeout} return a new {@code TestPod}. Once the extension has started
 * the pod, the query methods delegate to its {@link PodHandle}; before the start and after the delete they throw
 * {@link IllegalStateException}.
 *
 * <pre>{@code
 * @PodUnderTest
 * static final TestPod web = TestPod.of(Pod.named("web").container(c -> c.name("httpd")...).build())
 *     .waitingFor(PodConditions::isReady)
 *     .timeout(Duration.ofSeconds(30));
 * }</pre>
 */
public final class TestPod {
  /** The default time a pod gets to meet its start condition. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final PodSource source;
  private final Predicate<Pod> condition;
  private final Duration timeout;
  // Set by the extension while the pod exists; the only mutable part, swapped atomically.
  private final AtomicReference<PodHandle> handle = new AtomicReference<>();

  private TestPod(PodSource source, Predicate<Pod> condition, Duration timeout) {
    this.source = source;
    this.condition = condition;
    this.timeout = timeout;
  }

  /**
   * A pod built in Java, started as it is (Whalepod fills in Kubernetes' defaults).
   *
   * @param pod the pod to start
   * @return a TestPod waiting for {@link PodConditions#isReady} for at most {@link #DEFAULT_TIMEOUT}
   */
  public static TestPod of(Pod pod) {
    Objects.requireNonNull(pod, "pod");
    return new TestPod(new PodSource.Built(pod), PodConditions::isReady, DEFAULT_TIMEOUT);
  }

  /**
   * A pod read from a YAML classpath resource (for example {@code "pods/web.yaml"} under {@code src/test/resources})
   * when it starts. The file holds exactly one Pod and may hold the ConfigMaps and Secrets its volumes name.
   *
   * @param classpathResource the resource's path on the test's class path
   * @return a TestPod waiting for {@link PodConditions#isReady} for at most {@link #DEFAULT_TIMEOUT}
   */
  public static TestPod fromYaml(String classpathResource) {
    Objects.requireNonNull(classpathResource, "classpathResource");
    return new TestPod(new PodSource.YamlResource(classpathResource), PodConditions::isReady, DEFAULT_TIMEOUT);
  }

  /**
   * The same pod, started once {@code startCondition} holds (default {@link PodConditions#isReady}).
   *
   * @param startCondition the condition the pod must meet before the tests run
   * @return a new TestPod; this one is unchanged
   */
  public TestPod waitingFor(Predicate<Pod> startCondition) {
    return new TestPod(source, Objects.requireNonNull(startCondition, "startCondition"), timeout);
  }

  /**
   * The same pod, given {@code startTimeout} to meet its start condition (default 60 s).
   *
   * @param startTimeout a positive duration
   * @return a new TestPod; this one is unchanged
   * @throws IllegalArgumentException when {@code startTimeout} is zero or negative
   */
  public TestPod timeout(Duration startTimeout) {
    if (startTimeout.isNegative() || startTimeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + startTimeout);
    }
    return new TestPod(source, condition, startTimeout);
  }

  /**
   * The handle of the running pod.
   *
   * @return the handle the extension bound when it started the pod
   * @throws IllegalStateException when the pod is not running
   */
  public PodHandle handle() {
    PodHandle current = handle.get();
    if (current == null) {
      throw new IllegalStateException(source.describe() + " is not running: it is started by @WhalepodTest "
          + "for @PodUnderTest fields (static: before all tests, instance: before each test)");
    }
    return current;
  }

  /**
   * The pod's name as applied.
   *
   * @return {@code metadata.name}
   */
  public String name() {
    return handle().name();
  }

  /**
   * Runs a command (no shell) in a running container and waits for it.
   *
   * @param container the container's name in the pod's spec
   * @param command the program and its arguments
   * @return the exit code and output of the command
   */
  public ExecResult exec(String container, String... command) {
    return handle().exec(container, command);
  }

  /**
   * What the container has written so far (stdout and stderr).
   *
   * @param container the container's name in the pod's spec
   * @return the container's log, stdout and stderr interleaved
   */
  public String logs(String container) {
    return handle().logs(container);
  }

  /**
   * Copies a host file into a container as {@code containerPath}; see {@link PodHandle#copyTo}.
   *
   * @param container the container's name in the pod's spec
   * @param hostFile a regular file on the host
   * @param containerPath an absolute file path in the container whose parent directory exists
   */
  public void copyTo(String container, Path hostFile, String containerPath) {
    handle().copyTo(container, hostFile, containerPath);
  }

  /**
   * Copies a regular file out of a container to {@code hostTarget}; see {@link PodHandle#copyFrom}.
   *
   * @param container the container's name in the pod's spec
   * @param containerPath an absolute path of a regular file in the container
   * @param hostTarget the host file to write (replaced if it exists)
   */
  public void copyFrom(String container, String containerPath, Path hostTarget) {
    handle().copyFrom(container, containerPath, hostTarget);
  }

  /**
   * The pod's current status.
   *
   * @return the status read from Docker now
   */
  public PodStatus status() {
    return handle().status();
  }

  /**
   * The pod with its current status.
   *
   * @return the pod with its status read from Docker now
   */
  public Pod get() {
    return handle().get();
  }

  /**
   * Waits until {@code predicate} holds for the pod; see {@link PodHandle#waitFor}.
   *
   * @param predicate the condition to wait for, tested on the pod with its current status
   * @param waitTimeout how long to wait at most
   * @return the pod as it was when the condition held
   */
  public Pod waitFor(Predicate<Pod> predicate, Duration waitTimeout) {
    return handle().waitFor(predicate, waitTimeout);
  }

  /**
   * The {@code hostPort} the spec declares for {@code containerPort} (in any container).
   *
   * @param containerPort a port a container of the pod listens on
   * @return the host port published for it
   * @throws IllegalStateException when the pod is not running or no container publishes that port
   */
  public int hostPort(int containerPort) {
    Pod pod = handle().pod();
    return pod.spec().allContainers().stream()
        .flatMap(c -> c.ports().stream())
        .filter(p -> p.containerPort() != null && p.containerPort() == containerPort && p.hostPort() != null)
        .map(ContainerPort::hostPort)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("pod " + pod.name() + " declares no hostPort for containerPort "
            + containerPort + "; add ports: [{containerPort: " + containerPort + ", hostPort: ...}]"));
  }

  /**
   * {@code http://localhost:<hostPort>} for the {@link #hostPort} of {@code containerPort}.
   *
   * @param containerPort a port a container of the pod listens on
   * @return the URL of the published port, without a trailing slash
   * @throws IllegalStateException when the pod is not running or no container publishes that port
   */
  public String baseUrl(int containerPort) {
    return "http://localhost:" + hostPort(containerPort);
  }

  @Override
  public String toString() {
    PodHandle current = handle.get();
    return "TestPod[" + (current == null ? source.describe() + ", not running" : current) + "]";
  }

  PodSource source() {
    return source;
  }

  Predicate<Pod> condition() {
    return condition;
  }

  Duration timeout() {
    return timeout;
  }

  /** Binds the started pod; one TestPod stands for one pod at a time. */
  void bind(PodHandle started) {
    if (!handle.compareAndSet(null, started)) {
      throw new IllegalStateException(this + " is already running: a TestPod field cannot be started twice at "
          + "once (parallel tests sharing one instance field under PER_CLASS lifecycle?)");
    }
  }

  /** Forgets the pod if it is still {@code deleted}'s binding. */
  void unbind(PodHandle deleted) {
    handle.compareAndSet(deleted, null);
  }

  /** The running pod's handle, or null. */
  PodHandle handleOrNull() {
    return handle.get();
  }
}
