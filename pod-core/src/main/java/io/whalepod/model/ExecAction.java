package io.whalepod.model;

import java.util.List;

/** Runs a command inside the container (no shell unless the command names one). */
public record ExecAction(List<String> command) implements Handler {
  public ExecAction {
    command = Copies.list(command);
  }

  public static ExecAction of(String... command) {
    return new ExecAction(List.of(command));
  }
}
