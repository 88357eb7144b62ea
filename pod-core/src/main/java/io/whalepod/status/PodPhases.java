package io.whalepod.status;

/**
 * The pod phases and the one rule about moving between them: Succeeded and Failed are terminal (the kubelet's
 * generateAPIPodStatus forces a terminal phase back, "pods are not allowed to transition out of terminal phases").
 */
public final class PodPhases {
  /** Accepted, but not every container has started yet. */
  public static final String PENDING = "Pending";
  /** Bound to a node, every container created, at least one running or restarting. */
  public static final String RUNNING = "Running";
  /** Every container exited 0 and none will restart; terminal. */
  public static final String SUCCEEDED = "Succeeded";
  /** Every container stopped, at least one in failure, and none will restart; terminal. */
  public static final String FAILED = "Failed";
  /** The pod's state cannot be obtained, for instance because the engine is unreachable. */
  public static final String UNKNOWN = "Unknown";

  private PodPhases() {}

  /**
   * True for Succeeded and Failed.
   *
   * @param phase a phase; may be null
   * @return whether the pod can never leave it
   */
  public static boolean isTerminal(String phase) {
    return SUCCEEDED.equals(phase) || FAILED.equals(phase);
  }

  /**
   * The phase to report when {@code next} was just computed and {@code previous} was reported before (null when
   * none): a terminal previous phase wins, whatever comes next.
   *
   * @param previous the phase reported before; may be null
   * @param next the phase just computed
   * @return {@code previous} when terminal, else {@code next}
   */
  public static String keepTerminal(String previous, String next) {
    return isTerminal(previous) ? previous : next;
  }
}
