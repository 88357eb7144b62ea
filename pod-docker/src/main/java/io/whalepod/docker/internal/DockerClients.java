package io.whalepod.docker.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import io.whalepod.docker.EngineUnreachableException;
import io.whalepod.docker.image.ImageBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The docker-java clients for one Docker engine, built once and shared by every pod.
 *
 * <p>There are two clients on two connection pools: {@link #client()} for ordinary calls, with an
 * idle-response timeout, and {@link #longCalls()} for calls that legitimately stay silent (wait,
 * follow logs, attach, stop with a grace period, builds). docker-java's response timeout is an
 * idle-socket timeout, not a deadline, so it would cut those off (docker-java issue #1530).
 *
 * <p>The engine and API version come from an injected environment ({@code DOCKER_HOST},
 * {@code DOCKER_API_VERSION}, {@code DOCKER_TLS_VERIFY}, {@code DOCKER_CERT_PATH}); nothing else
 * (no {@code ~/.docker-java.properties}, no CLI context) is read. Without {@code
 * DOCKER_API_VERSION} requests carry no version prefix, so the engine answers in its own newest
 * version: this is how a client newer than the engine (for example Debian's 20.10, API 1.41) works.
 */
public final class DockerClients implements AutoCloseable {
  /** Where Docker listens when {@code DOCKER_HOST} is not set. */
  public static final String DEFAULT_DOCKER_HOST = "unix:///var/run/docker.sock";

  private static final Logger log = LoggerFactory.getLogger(DockerClients.class);
  // Pods start their members concurrently; many pods at once share one engine.
  private static final int MAX_CONNECTIONS = 100;
  // Every wait and every followed log holds a connection for its whole life.
  private static final int MAX_LONG_CONNECTIONS = 500;
  private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

  private final String dockerHost;
  private final DockerClient client;
  private final DockerClient longCalls;
  private final ImageBuilder images;

  private DockerClients(String dockerHost, DockerClient client, DockerClient longCalls) {
    this.dockerHost = dockerHost;
    this.client = client;
    this.longCalls = longCalls;
    this.images = new DockerImageBuilder(longCalls);
  }

  /** Clients for the engine named by this process's environment. */
  public static DockerClients fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * Clients for the engine named by {@code env} (the injection point for tests and for callers
   * that configure the engine themselves).
   */
  public static DockerClients fromEnvironment(Map<String, String> env) {
    String host = valueOrNull(env, "DOCKER_HOST");
    DockerClientConfig config =
        // A bare Builder: createDefaultConfigBuilder() would also read the real environment,
        // system properties and ~/.docker-java.properties; the map alone decides here.
        new DefaultDockerClientConfig.Builder()
            .withDockerHost(host != null ? host : defaultHost(env, Path.of("/var/run/docker.sock")))
            .withApiVersion(valueOrNull(env, "DOCKER_API_VERSION"))
            .withDockerTlsVerify(valueOrNull(env, "DOCKER_TLS_VERIFY"))
            .withDockerCertPath(valueOrNull(env, "DOCKER_CERT_PATH"))
            .build();
    String resolvedHost = config.getDockerHost().toString();
    log.debug("Docker engine {} (API version {})", resolvedHost, config.getApiVersion());
    return new DockerClients(
        resolvedHost,
        newClient(config, MAX_CONNECTIONS, RESPONSE_TIMEOUT),
        newClient(config, MAX_LONG_CONNECTIONS, null));
  }

  private static DockerClient newClient(
      DockerClientConfig config, int maxConnections, Duration responseTimeout) {
    DockerHttpClient http =
        new ApacheDockerHttpClient.Builder()
            .dockerHost(config.getDockerHost())
            .sslConfig(config.getSSLConfig())
            .maxConnections(maxConnections)
            .connectionTimeout(CONNECTION_TIMEOUT)
            .responseTimeout(responseTimeout)
            .build();
    return DockerClientImpl.getInstance(config, new StaleConnectionRetry(http, maxConnections));
  }

  /**
   * The system socket when it exists, else a rootless engine's ({@code $XDG_RUNTIME_DIR/docker.sock}) when that
   * exists, else the system socket (whose absence the first call then reports).
   */
  static String defaultHost(Map<String, String> env, Path systemSocket) {
    String runtimeDir = valueOrNull(env, "XDG_RUNTIME_DIR");
    if (Files.exists(systemSocket) || runtimeDir == null) {
      return DEFAULT_DOCKER_HOST;
    }
    Path rootless = Path.of(runtimeDir, "docker.sock");
    return Files.exists(rootless) ? "unix://" + rootless : DEFAULT_DOCKER_HOST;
  }

  private static String valueOrNull(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /**
   * Wraps a client the caller built and owns; it serves long calls too, so it should have no response timeout.
   * {@link #close()} closes it.
   */
  public static DockerClients wrap(DockerClient client, String dockerHost) {
    return new DockerClients(dockerHost, client, client);
  }

  /** The client for ordinary, short calls. */
  public DockerClient client() {
    return client;
  }

  /** Every container of the pod {@code uid}, whatever its state or attempt (the sandbox too). */
  public List<ListedContainer> podContainers(String uid) {
    return listContainers(Map.of(Labels.POD_UID, uid));
  }

  /** Every container, running or not, that carries all of these labels. */
  public List<ListedContainer> listContainers(Map<String, String> labels) {
    return client.listContainersCmd().withShowAll(true).withLabelFilter(labels).exec().stream()
        .map(ListedContainer::of).toList();
  }

  /** The client for calls that may stay silent for long: wait, follow logs, attach, stop. */
  public DockerClient longCalls() {
    return longCalls;
  }

  /**
   * The image builder on this engine, one for everything that builds here (the pause image, busybox, every
   * {@link io.whalepod.docker.ImageSupplier}), so the tags it has seen are asked for once.
   */
  public ImageBuilder images() {
    return images;
  }

  /** The engine address these clients talk to, for example {@code unix:///var/run/docker.sock}. */
  public String dockerHost() {
    return dockerHost;
  }

  /**
   * Checks that the engine answers.
   *
   * @throws EngineUnreachableException if it does not, naming {@link #dockerHost()}
   */
  public void ping() {
    try {
      client.pingCmd().exec();
    } catch (RuntimeException e) {
      throw new EngineUnreachableException(dockerHost, e);
    }
  }

  /**
   * Whether a failed call failed because the engine did not answer (no socket, connection refused or cut), rather
   * than with an answer: docker-java wraps the transport's IOException.
   *
   * @param e what the call threw
   * @return true when an I/O error caused it
   */
  public static boolean isUnreachable(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  /** Closes both connection pools. */
  @Override
  public void close() {
    closeQuietly(client);
    if (longCalls != client) {
      closeQuietly(longCalls);
    }
  }

  private void closeQuietly(DockerClient docker) {
    try {
      docker.close();
    } catch (IOException e) {
      log.debug("Closing a Docker client for {} failed", dockerHost, e);
    }
  }

  /** A DOCKER_HOST value as given in Java: {@code unix:///path} or {@code tcp://host:port}, else a clear error. */
  public static String checkedHost(String value) {
    URI uri;
    try {
      uri = new URI(value.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("docker host is not a URI: \"" + value + "\"", e);
    }
    boolean unix = "unix".equals(uri.getScheme()) && uri.getPath() != null && uri.getPath().startsWith("/");
    boolean tcp = "tcp".equals(uri.getScheme()) && uri.getHost() != null && uri.getPort() > 0;
    if (!unix && !tcp) {
      throw new IllegalArgumentException("docker host must be unix:///path/to/docker.sock or tcp://host:port, was \""
          + value + "\"");
    }
    return uri.toString();
  }
}
