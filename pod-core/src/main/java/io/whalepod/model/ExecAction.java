package io.whalepod.model;

import java.util.List;

/**
 * Runs a command inside the container (no shell unless the command names one).
 *
 * @param command the command and its arguments
 */
public record ExecAction(List<String> command) implements Handler {
  /**
   * Copies the lists: null becomes empty, and the record holds unmodifiable copies.
   *
   * @param command the command and its arguments
   */
  public ExecAction {
    command = Copies.list(command);
  }

  /**
   * An action that runs this command.
   *
   * @param command the command and its arguments
   * @return the action
   */
  public static ExecAction of(String... command) {
    return new ExecAction(List.of(command));
  }
}
