package io.whalepod.model;

import java.time.Instant;
import java.util.List;

/** Observed state of a pod. Lists are never null. */
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

  public PodStatus {
    conditions = Copies.list(conditions);
    initContainerStatuses = Copies.list(initContainerStatuses);
    containerStatuses = Copies.list(containerStatuses);
  }
}
