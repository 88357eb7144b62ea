package io.whalepod.selection;

import io.whalepod.WhalepodException;

/** A label selector that does not parse; the message names the requirement, as kubectl's does. */
public final class InvalidSelectorException extends WhalepodException {
  /**
   * A selector that does not parse.
   *
   * @param message what is wrong, naming the requirement
   */
  public InvalidSelectorException(String message) {
    super(message);
  }
}
