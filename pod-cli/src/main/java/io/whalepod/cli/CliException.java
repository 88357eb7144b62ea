package io.whalepod.cli;

import io.whalepod.WhalepodException;

/** A user error the command line reports in one line (bad path, unknown pod). */
final class CliException extends WhalepodException {
  CliException(String message) {
    super(message);
  }
}
