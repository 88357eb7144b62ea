package io.whalepod.it;

import io.whalepod.docker.PodRuntime;
import io.whalepod.docker.internal.DockerClients;
import io.whalepod.docker.internal.Labels;
import io.whalepod.examples.images.LocalImages;
import io.whalepod.plan.BackOff;
import io.whalepod.yaml.Manifest;
import io.whalepod.yaml.ManifestReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One runtime for the whole test JVM (one connection pool, as a real application has), closed at exit. */
public final class Engine {
  /** With the examples' local images (Tomcat, the sample WAR) built on demand, as the command line has them. */
  public static final PodRuntime RUNTIME = PodRuntime.builder()
      .imageSupplier(LocalImages::new)
      .build();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(RUNTIME::close));
  }

  private Engine() {}

  /**
   * A runtime of its own with Kubernetes' back-off shape in small values (200 ms doubling to 1 s), so a test sees
   * several restarts in seconds. The caller closes it.
   */
  public static PodRuntime withFastRestarts() {
    return PodRuntime.builder()
        .restartBackOff(new BackOff(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofMinutes(10)))
        .build();
  }

  /** A seed manifest from the repository's examples folder. */
  public static Manifest example(String file) {
    return ManifestReader.read(Path.of("..", "examples", file));
  }

  /** Kills a pod's pause container, as a crash of the sandbox would: the supervisor then rebuilds the pod. */
  public static void killSandbox(String uid) {
    try (DockerClients engine = DockerClients.fromEnvironment()) {
      String sandbox = engine.client().listContainersCmd().withLabelFilter(Map.of(Labels.POD_UID, uid,
          Labels.CONTAINER_TYPE, Labels.Type.SANDBOX.label())).exec().get(0).getId();
      engine.client().killContainerCmd(sandbox).exec();
    }
  }

  /** Containers and volumes still labelled with this pod uid: must be none after delete. */
  public static int leftovers(String uid) {
    return labelled(Labels.POD_UID, uid);
  }

  /** Containers and volumes of any pod of this name: for failures, where no uid was handed out. */
  public static int leftoversOfPodNamed(String name) {
    return labelled(Labels.POD_NAME, name);
  }

  /**
   * Removes whatever of a pod is still on the engine, for a test's finally block: when the code under test failed
   * half-way, the suite must still leave nothing behind. A no-op when the pod is gone.
   */
  public static void removeLeftovers(String uid) {
    try (DockerClients client = DockerClients.fromEnvironment()) {
      client.client().listContainersCmd().withShowAll(true).withLabelFilter(Map.of(Labels.POD_UID, uid)).exec()
          .forEach(c -> client.client().removeContainerCmd(c.getId()).withForce(true).exec());
      var volumes = client.client().listVolumesCmd().withFilter("label", List.of(Labels.POD_UID + "=" + uid))
          .exec().getVolumes();
      if (volumes != null) {
        volumes.forEach(v -> client.client().removeVolumeCmd(v.getName()).exec());
      }
    }
  }

  private static int labelled(String key, String value) {
    var client = DockerClients.fromEnvironment();
    try (client) {
      int containers = client.client().listContainersCmd().withShowAll(true)
          .withLabelFilter(Map.of(key, value)).exec().size();
      var volumes = client.client().listVolumesCmd().withFilter("label", List.of(key + "=" + value))
          .exec().getVolumes();
      return containers + (volumes == null ? 0 : volumes.size());
    }
  }
}
