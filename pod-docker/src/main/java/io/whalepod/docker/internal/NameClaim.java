package io.whalepod.docker.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import io.whalepod.docker.PodExistsException;
import io.whalepod.model.Pod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Two runs of one pod name can both pass the existence check before either has created anything. Once each has
 * its sandbox, both look at every sandbox of that name: the oldest keeps the name, and any other run gives way and
 * rolls back. A run that saw no other sandbox when it looked is older than any sandbox created after that, so it
 * is never the one to give way; the times are the engine's, in nanoseconds (the list's are whole seconds).
 */
final class NameClaim {
  private NameClaim() {}

  /**
   * Checks that the pod's sandbox, just created, holds its name.
   *
   * @throws PodExistsException when another pod's sandbox of the same name and namespace came first
   */
  static void check(DockerClient client, Pod pod) {
    List<Container> sandboxes = client.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(
        Labels.POD_NAMESPACE, pod.namespace(), Labels.POD_NAME, pod.name(),
        Labels.CONTAINER_TYPE, Labels.Type.SANDBOX.label())).exec();
    if (sandboxes.size() <= 1) {
      return; // ours alone
    }
    record Claim(Instant created, String uid) {}
    List<Claim> claims = new ArrayList<>();
    for (Container sandbox : sandboxes) {
      try {
        String created = client.inspectContainerCmd(sandbox.getId()).exec().getCreated();
        claims.add(new Claim(Instant.parse(created), sandbox.getLabels().getOrDefault(Labels.POD_UID, "")));
      } catch (NotFoundException rolledBack) {
        // the other run gave way meanwhile
      }
    }
    claims.stream().min(Comparator.comparing(Claim::created).thenComparing(Claim::uid))
        .filter(first -> !pod.metadata().uid().equals(first.uid()))
        .ifPresent(first -> {
          throw new PodExistsException(pod.name(), pod.namespace());
        });
  }
}
