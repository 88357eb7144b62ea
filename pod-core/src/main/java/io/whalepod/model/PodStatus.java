package io.whalepod.model;

import java.time.Instant;
import java.util.List;

/**
 * Observed state of a pod. Lists are never null.
 *
 * @param phase                 Pending, Running, Succeeded, Failed or Unknown
 * @param conditions            Initialized, Ready, ContainersReady and PodScheduled, as they apply
 * @param message               why the pod is in this phase; may be null
 * @param reason                a CamelCase reason for the phase, such as {@code Evicted}; may be null
 * @param hostIP                the engine host's IP; may be null
 * @param podIP                 the pod's IP; may be null
 * @param startTime             when the pod started; may be null
 * @param initContainerStatuses one per init container, in spec order
 * @param containerStatuses     one per app container, in spec order
 */
public record PodStatus(
    String phase,
    List<PodCondition> conditions,
    String message,
    String reason,
    String hostIP,
    String podIP,
    Instant startTime,
    List<ContainerStatus> initContainerStatuses,
    List<ContainerStatus> containerStatuses) {

  /**
   * Copies the lists: null becomes empty, and the record holds unmodifiable copies.
   *
   * @param phase                 Pending, Running, Succeeded, Failed or Unknown
   * @param conditions            Initialized, Ready, ContainersReady and PodScheduled, as they apply
   * @param message               why the pod is in this phase; may be null
   * @param reason                a CamelCase reason for the phase, such as {@code Evicted}; may be null
   * @param hostIP                the engine host's IP; may be null
   * @param podIP                 the pod's IP; may be null
   * @param startTime             when the pod started; may be null
   * @param initContainerStatuses one per init container, in spec order
   * @param containerStatuses     one per app container, in spec order
   */
  public PodStatus {
    conditions = Copies.list(conditions);
    initContainerStatuses = Copies.list(initContainerStatuses);
    containerStatuses = Copies.list(containerStatuses);
  }
}
