package io.whalepod.docker.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import io.whalepod.docker.PodExistsException;
import io.whalepod.model.Pod;
import java.util.Comparator;
import java.util.Map;

/**
 * Two runs of one pod name can both pass the existence check before either has created anything. Once each has
 * its sandbox, both look at every sandbox of that name: the oldest (then the smallest uid, so both agree) keeps
 * the name, and any other run gives way and rolls back.
 */
final class NameClaim {
  private static final Comparator<Container> FIRST_CLAIM = Comparator
      .comparing((Container c) -> c.getCreated() == null ? Long.MAX_VALUE : c.getCreated())
      .thenComparing(c -> c.getLabels().getOrDefault(Labels.POD_UID, ""));

  private NameClaim() {}

  /**
   * Checks that the pod's sandbox, just created, holds its name.
   *
   * @throws PodExistsException when another pod's sandbox of the same name and namespace came first
   */
  static void check(DockerClient client, Pod pod) {
    var sandboxes = client.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(
        Labels.POD_NAMESPACE, pod.namespace(), Labels.POD_NAME, pod.name(),
        Labels.CONTAINER_TYPE, Labels.Type.SANDBOX.label())).exec();
    sandboxes.stream().min(FIRST_CLAIM)
        .filter(first -> !pod.metadata().uid().equals(first.getLabels().get(Labels.POD_UID)))
        .ifPresent(first -> {
          throw new PodExistsException(pod.name(), pod.namespace());
        });
  }
}
