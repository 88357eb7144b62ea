package io.whalepod.docker;

/** The outcome of a command run inside a container: its exit code and what it wrote. Never null strings. */
public record ExecResult(int exitCode, String stdout, String stderr) {
  public boolean succeeded() {
    return exitCode == 0;
  }
}
