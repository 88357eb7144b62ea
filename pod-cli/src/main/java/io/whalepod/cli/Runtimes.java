package io.whalepod.cli;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodNotFoundException;
import io.whalepod.docker.PodRuntime;
import io.whalepod.examples.images.LocalImages;

/** The one way every verb gets a runtime: the engine of the environment, plus local image suppliers. */
final class Runtimes {
  private Runtimes() {}

  /**
   * A runtime on the engine named by DOCKER_HOST (else /var/run/docker.sock); the caller closes it. Its pods are
   * detached: they outlive this process, as kubectl's do.
   */
  static PodRuntime open() {
    return open(true);
  }

  /** A runtime whose pods this process owns: removed when it ends, even if it is killed (run's foreground pods). */
  static PodRuntime openOwned() {
    return open(false);
  }

  private static PodRuntime open(boolean detached) {
    // The examples' images are built locally instead of pulled.
    return PodRuntime.builder().detached(detached).nodeAgent(byNodeAgent(System.getenv()))
        .imageSupplier(LocalImages::new).build();
  }

  /**
   * Detached pods go to the node agent ({@code whalepod node --foreground}) when {@code WHALEPOD_SUPERVISOR=node};
   * else Docker's restart policies keep them running.
   */
  static boolean byNodeAgent(java.util.Map<String, String> environment) {
    return "node".equals(environment.get("WHALEPOD_SUPERVISOR"));
  }

  /** The pod of that name, or kubectl's NotFound error. */
  static PodHandle find(PodRuntime runtime, String namespace, String name) {
    return runtime.find(namespace, name).orElseThrow(() -> new PodNotFoundException(namespace, name));
  }
}
