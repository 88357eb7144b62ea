package io.whalepod.plan;

/** What the supervisor saw of a pod's sandbox (its pause container). */
public enum SandboxState {
  /** Running: the pod's namespaces are alive. */
  RUNNING,
  /** There but not running: it died, and the pod's namespaces with it. */
  STOPPED,
  /** Removed: someone deleted the pod. */
  GONE
}
