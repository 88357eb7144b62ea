package io.whalepod.status;

/**
 * The pod phases and the one rule about moving between them: Succeeded and Failed are terminal (the kubelet's
 * generateAPIPodStatus forces a terminal phase back, "pods are not allowed to transition out of terminal phases").
 */
public final class PodPhases {
  public static final String PENDING = "Pending";
  public static final String RUNNING = "Running";
  public static final String SUCCEEDED = "Succeeded";
  public static final String FAILED = "Failed";
  public static final String UNKNOWN = "Unknown";

  private PodPhases() {}

  /** True for Succeeded and Failed. */
  public static boolean isTerminal(String phase) {
    return SUCCEEDED.equals(phase) || FAILED.equals(phase);
  }

  /**
   * The phase to report when {@code next} was just computed and {@code previous} was reported before (null when
   * none): a terminal previous phase wins, whatever comes next.
   */
  public static String keepTerminal(String previous, String next) {
    return isTerminal(previous) ? previous : next;
  }
}
