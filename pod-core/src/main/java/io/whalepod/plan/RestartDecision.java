package io.whalepod.plan;

/** The kubelet's rule for whether an exited container starts again, by the pod's restartPolicy. */
public final class RestartDecision {
  private RestartDecision() {}

  /**
   * Whether an exited container starts again.
   *
   * @param restartPolicy Always, OnFailure or Never (null means Always, the default)
   * @param exitCode      the container's exit code
   * @param sidecar       an init container with restartPolicy Always restarts whatever the pod's policy
   * @return true to restart it, false to leave it exited
   */
  public static boolean shouldRestart(String restartPolicy, int exitCode, boolean sidecar) {
    if (sidecar || restartPolicy == null || "Always".equals(restartPolicy)) {
      return true;
    }
    return "OnFailure".equals(restartPolicy) && exitCode != 0;
  }
}
