package io.whalepod.docker;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Where an interactive {@link PodHandle#exec(String, ExecStreams, String...)} reads and writes, as
 * {@code kubectl exec -i -t} wires a terminal.
 *
 * @param stdin  fed to the command's standard input until it ends; null: no standard input
 * @param stdout receives the command's standard output as it comes (with a tty: all its output)
 * @param stderr receives the command's standard error as it comes (unused with a tty)
 * @param tty    give the command a terminal, as {@code -t} does
 */
public record ExecStreams(InputStream stdin, OutputStream stdout, OutputStream stderr, boolean tty) {
  /**
   * Wires the streams; none is closed by the exec.
   *
   * @param stdin  fed to the command's standard input until it ends; null: no standard input
   * @param stdout receives the command's standard output as it comes; never null
   * @param stderr receives the command's standard error as it comes; never null
   * @param tty    give the command a terminal, as {@code -t} does
   * @throws NullPointerException when {@code stdout} or {@code stderr} is null
   */
  public ExecStreams {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
  }
}
