package io.whalepod.docker;

import io.whalepod.model.Pod;

/** Common conditions for {@link PodHandle#waitFor}. */
public final class PodConditions {
  private PodConditions() {}

  /** The pod's Ready condition is True. */
  public static boolean isReady(Pod pod) {
    return hasCondition(pod, "Ready");
  }

  /** The pod has the condition of that type with status True. */
  public static boolean hasCondition(Pod pod, String type) {
    return pod.status() != null
        && pod.status().conditions().stream().anyMatch(c -> type.equals(c.type()) && c.isTrue());
  }

  /** The pod's phase is {@code phase}. */
  public static java.util.function.Predicate<Pod> phase(String phase) {
    return pod -> pod.status() != null && phase.equals(pod.status().phase());
  }

  /** Succeeded or Failed: the pod will not change any more. */
  public static boolean isFinished(Pod pod) {
    return phase("Succeeded").test(pod) || phase("Failed").test(pod);
  }

}
