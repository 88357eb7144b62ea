package io.whalepod.cli;

import io.whalepod.yaml.Manifest;
import io.whalepod.yaml.ManifestReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads {@code -f FILE} the way kubectl does: a path, or '-' for standard input. */
final class ManifestFiles {
  private ManifestFiles() {}

  static Manifest read(String file) {
    if ("-".equals(file)) {
      return ManifestReader.read(System.in, "stdin");
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new CliException("the path \"" + file + "\" does not exist");
    }
    return ManifestReader.read(path);
  }
}
