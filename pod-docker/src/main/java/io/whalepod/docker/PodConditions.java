package io.whalepod.docker;

import io.whalepod.model.Pod;

/** Common conditions for {@link PodHandle#waitFor}. */
public final class PodConditions {
  private PodConditions() {}

  /**
   * The pod's Ready condition is True.
   *
   * @param pod a pod with its status
   * @return true when the pod is Ready
   */
  public static boolean isReady(Pod pod) {
    return hasCondition(pod, "Ready");
  }

  /**
   * The pod has the condition of that type with status True.
   *
   * @param pod a pod with its status
   * @param type a condition type, for example {@code Ready} or {@code Initialized}
   * @return true when that condition is True
   */
  public static boolean hasCondition(Pod pod, String type) {
    return pod.status() != null
        && pod.status().conditions().stream().anyMatch(c -> type.equals(c.type()) && c.isTrue());
  }

  /**
   * The pod's phase is {@code phase}.
   *
   * @param phase a pod phase, for example {@code Running} or {@code Succeeded}
   * @return a condition that holds while the pod is in that phase
   */
  public static java.util.function.Predicate<Pod> phase(String phase) {
    return pod -> pod.status() != null && phase.equals(pod.status().phase());
  }

  /**
   * Succeeded or Failed: the pod will not change any more.
   *
   * @param pod a pod with its status
   * @return true when the pod's phase is Succeeded or Failed
   */
  public static boolean isFinished(Pod pod) {
    return phase("Succeeded").test(pod) || phase("Failed").test(pod);
  }

}
