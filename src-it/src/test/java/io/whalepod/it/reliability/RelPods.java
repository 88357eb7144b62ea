package io.whalepod.it.reliability;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.internal.DockerClients;
import io.whalepod.docker.internal.Labels;
import io.whalepod.it.Engine;
import io.whalepod.model.Pod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Pods of the reliability tests: unique {@code rel-} names (other people's runs share the engine), and a clean-up
 * handle that removes every pod of a prefix, whoever created it, even when the test failed half-way.
 */
final class RelPods implements AutoCloseable {
  private final String prefix;

  private RelPods(String prefix) {
    this.prefix = prefix;
  }

  /** A fresh prefix such as {@code rel-load-k3x9q}, removed on {@link #close()}. */
  static RelPods prefixed(String scenario) {
    StringBuilder random = new StringBuilder();
    ThreadLocalRandom.current().ints(5, 0, 36).forEach(i -> random.append(Character.forDigit(i, 36)));
    return new RelPods("rel-" + scenario + "-" + random);
  }

  String prefix() {
    return prefix;
  }

  String name(Object suffix) {
    return prefix + "-" + suffix;
  }

  /** A pod whose one member sleeps; grace 0, as the tests delete it. */
  static Pod sleeper(String name) {
    return Pod.named(name).terminationGracePeriodSeconds(0)
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600"))
        .build();
  }

  /** Containers and volumes of any pod whose name starts with the prefix, in any namespace. */
  int leftovers() {
    try (DockerClients clients = DockerClients.fromEnvironment()) {
      long containers = clients.client().listContainersCmd().withShowAll(true)
          .withLabelFilter(List.of(Labels.POD_NAME)).exec().stream()
          .filter(c -> ours(c.getLabels())).count();
      var volumes = clients.client().listVolumesCmd().withFilter("label", List.of(Labels.POD_NAME)).exec()
          .getVolumes();
      long ownVolumes = volumes == null ? 0 : volumes.stream().filter(v -> ours(v.getLabels())).count();
      return (int) (containers + ownVolumes);
    }
  }

  private boolean ours(Map<String, String> labels) {
    return labels != null && String.valueOf(labels.get(Labels.POD_NAME)).startsWith(prefix);
  }

  /**
   * Deletes whatever pod of the prefix is still there (a failed test's), then any container or volume of the
   * prefix without a sandbox, which no pod query finds any more.
   */
  @Override
  public void close() {
    for (PodHandle pod : Engine.RUNTIME.list(null)) {
      if (pod.name().startsWith(prefix)) {
        pod.delete(Duration.ZERO);
      }
    }
    try (DockerClients clients = DockerClients.fromEnvironment()) {
      clients.client().listContainersCmd().withShowAll(true).withLabelFilter(List.of(Labels.POD_NAME)).exec().stream()
          .filter(c -> ours(c.getLabels()))
          .forEach(c -> clients.client().removeContainerCmd(c.getId()).withForce(true).exec());
      var volumes = clients.client().listVolumesCmd().withFilter("label", List.of(Labels.POD_NAME)).exec()
          .getVolumes();
      if (volumes != null) {
        volumes.stream().filter(v -> ours(v.getLabels()))
            .forEach(v -> clients.client().removeVolumeCmd(v.getName()).exec());
      }
    }
  }

  /** A manifest file of these pods, deleted by the caller. */
  static Path manifest(String yaml) {
    try {
      Path file = Files.createTempFile("rel-", ".yaml");
      return Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sleeper in YAML, for the command line. */
  static String sleeperYaml(String name, String namespace) {
    return """
        apiVersion: v1
        kind: Pod
        metadata:
          name: %s
          namespace: %s
        spec:
          terminationGracePeriodSeconds: 0
          containers:
          - name: main
            image: whalepod/busybox
            imagePullPolicy: IfNotPresent
            command: [sleep, "600"]
        """.formatted(name, namespace);
  }
}
