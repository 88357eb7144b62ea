package io.whalepod.plan;

/** Why the kubelet stops a running container; the pod's restartPolicy then decides whether it runs again. */
public enum KillReason {
  /** Its liveness probe failed failureThreshold times in a row. */
  LIVENESS_PROBE("failed liveness probe"),
  /** Its startup probe failed failureThreshold times in a row. */
  STARTUP_PROBE("failed startup probe"),
  /** Its postStart hook failed. */
  POST_START_HOOK("FailedPostStartHook");

  private final String message;

  KillReason(String message) {
    this.message = message;
  }

  /**
   * The kubelet's words for it.
   *
   * @return a short message for logs and events
   */
  public String message() {
    return message;
  }
}
