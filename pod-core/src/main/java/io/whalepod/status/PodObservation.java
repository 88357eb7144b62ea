package io.whalepod.status;

import java.time.Instant;
import java.util.List;

/**
 * Everything the runtime saw of a pod at one moment: the input of {@link PodStatusCalculator}.
 *
 * @param engineReachable false when the Docker engine did not answer: the phase is then Unknown
 * @param scheduled       false when no node fits nodeSelector/nodeName (reason Unschedulable)
 * @param sandboxRunning  the pause container runs
 * @param podIP           the sandbox's IP; may be null
 * @param hostIP          the engine host's IP; may be null
 * @param startTime       when the sandbox started; may be null
 * @param initContainers  one per spec init container, in spec order
 * @param containers      one per spec app container, in spec order
 * @param deleting        delete was requested (kubectl shows Terminating)
 */
public record PodObservation(
    boolean engineReachable,
    boolean scheduled,
    boolean sandboxRunning,
    String podIP,
    String hostIP,
    Instant startTime,
    List<ContainerObservation> initContainers,
    List<ContainerObservation> containers,
    boolean deleting) {

  /**
   * Copies the container lists, so the observation is immutable; neither list may be null.
   *
   * @param engineReachable false when the Docker engine did not answer: the phase is then Unknown
   * @param scheduled       false when no node fits nodeSelector/nodeName (reason Unschedulable)
   * @param sandboxRunning  the pause container runs
   * @param podIP           the sandbox's IP; may be null
   * @param hostIP          the engine host's IP; may be null
   * @param startTime       when the sandbox started; may be null
   * @param initContainers  one per spec init container, in spec order
   * @param containers      one per spec app container, in spec order
   * @param deleting        delete was requested (kubectl shows Terminating)
   */
  public PodObservation {
    initContainers = List.copyOf(initContainers);
    containers = List.copyOf(containers);
  }
}
