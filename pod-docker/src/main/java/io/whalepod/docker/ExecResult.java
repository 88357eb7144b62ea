package io.whalepod.docker;

/**
 * The outcome of a command run inside a container: its exit code and what it wrote. Never null strings.
 *
 * @param exitCode the command's exit code, -1 when Docker did not report one
 * @param stdout what the command wrote to standard output
 * @param stderr what the command wrote to standard error
 */
public record ExecResult(int exitCode, String stdout, String stderr) {
  /**
   * Whether the command exited with code 0.
   *
   * @return true when {@link #exitCode()} is 0
   */
  public boolean succeeded() {
    return exitCode == 0;
  }
}
