package io.whalepod.plan;

import java.util.Map;
import java.util.Optional;

/**
 * What the supervisor saw of a pod at one moment: its sandbox and the newest run of each spec container.
 *
 * @param sandbox    the pause container's state
 * @param containers the newest run by spec container name; a container never created is absent
 * @param deleting   a deleter has marked the pod: it stops the containers, nothing is to be restarted
 */
public record ObservedPod(SandboxState sandbox, Map<String, ContainerRun> containers, boolean deleting) {
  /**
   * Copies the map.
   *
   * @param sandbox    the pause container's state
   * @param containers the newest run by spec container name; a container never created is absent
   * @param deleting   a deleter has marked the pod
   */
  public ObservedPod {
    containers = Map.copyOf(containers);
  }

  /**
   * A pod nobody is deleting.
   *
   * @param sandbox    the pause container's state
   * @param containers the newest run by spec container name
   */
  public ObservedPod(SandboxState sandbox, Map<String, ContainerRun> containers) {
    this(sandbox, containers, false);
  }

  /**
   * The newest run of a container.
   *
   * @param name the spec container's name
   * @return its newest run; empty when it was never created
   */
  public Optional<ContainerRun> run(String name) {
    return Optional.ofNullable(containers.get(name));
  }
}
