package io.whalepod.docker.internal;

import com.github.dockerjava.api.DockerClient;
import io.whalepod.docker.PodRuntime;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The escape hatch, and the only one: a {@link PodRuntime} on a docker-java client the caller built. Whalepod's
 * API names no docker-java type (configure the engine with {@link PodRuntime.Builder#dockerHost} and
 * {@link PodRuntime.Builder#environment}); this class is for the rare caller that must hold the client itself, such
 * as the benchmark, which wraps it to time every request Whalepod makes. Its package is not exported: no
 * compatibility is promised, and code on the module path cannot reach it.
 */
public final class DockerEscapeHatch {
  /** How a builder builds on given clients: set by {@link PodRuntime.Builder}'s initializer, which owns that. */
  private static volatile BiFunction<PodRuntime.Builder, DockerClients, PodRuntime> buildOn;

  private DockerEscapeHatch() {}

  /**
   * Builds {@code builder}'s runtime on {@code client} instead of on the engine its configuration names
   * ({@code dockerHost} and {@code environment} are then unused). The client serves Whalepod's long calls too
   * (wait, follow logs, attach), so it should have no response timeout. Closing the runtime closes the client.
   *
   * @param builder the runtime's other settings (detached, suppliers, back-off); never null
   * @param client the engine's client; never null
   * @return the runtime; never null
   * @throws io.whalepod.docker.EngineUnreachableException when the engine does not answer
   */
  public static PodRuntime build(PodRuntime.Builder builder, DockerClient client) {
    Objects.requireNonNull(builder, "builder"); // an instance exists, so its class has installed buildOn
    Objects.requireNonNull(client, "client");
    return buildOn.apply(builder, DockerClients.wrap(client, String.valueOf(client)));
  }

  /**
   * For {@link PodRuntime.Builder} alone, once, when its class initializes.
   *
   * @param how builds a builder's runtime on given clients
   * @throws IllegalStateException when called a second time
   */
  public static synchronized void install(BiFunction<PodRuntime.Builder, DockerClients, PodRuntime> how) {
    if (buildOn != null) {
      throw new IllegalStateException("the escape hatch is installed already");
    }
    buildOn = Objects.requireNonNull(how, "how");
  }
}
