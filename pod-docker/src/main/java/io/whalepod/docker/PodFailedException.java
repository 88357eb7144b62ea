package io.whalepod.docker;

import java.util.List;

/**
 * A wait ended because the pod reached a terminal phase (Failed or Succeeded) in which the awaited condition can
 * never hold; it names the container that failed and carries the last lines it wrote, so the cause is in the error.
 */
public class PodFailedException extends PodException {
  /** The pod's terminal phase, Failed or Succeeded, as the constructor was given it. */
  private final String phase;
  /** The failed container's last log lines, oldest first; an immutable copy, never null, empty when unknown. */
  private final List<String> lastLogLines;

  /**
   * Creates the exception.
   *
   * @param pod the pod's name
   * @param container the container that failed, or null when none did (the pod simply completed)
   * @param phase the pod's terminal phase, Failed or Succeeded
   * @param detail what happened to the container, for example "exited 3 (Error)"
   * @param lastLogLines the container's last log lines, oldest first; empty when unknown
   */
  public PodFailedException(String pod, String container, String phase, String detail, List<String> lastLogLines) {
    super(pod, container, "pod is " + phase + (detail == null ? "" : ": " + detail)
        + (lastLogLines.isEmpty() ? "" : "; last log lines:\n  " + String.join("\n  ", lastLogLines)), null);
    this.phase = phase;
    this.lastLogLines = List.copyOf(lastLogLines);
  }

  /**
   * The pod's phase when the wait gave up.
   *
   * @return Failed or Succeeded
   */
  public String phase() {
    return phase;
  }

  /**
   * The failing container's last log lines.
   *
   * @return the lines, oldest first; immutable, empty when unknown
   */
  public List<String> lastLogLines() {
    return lastLogLines;
  }
}
