package io.whalepod.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a peer's command line as a whole process and fails loudly when it exits non-zero. */
final class Processes {
  /** Debian's engine is older than the machine's docker CLI: every docker-speaking peer pins the API both know. */
  static final Map<String, String> ENV = Map.of("DOCKER_API_VERSION", "1.41");

  private Processes() {}

  /** Runs {@code command} in {@code directory} (null: the current one); returns its stdout. */
  static String run(Path directory, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
    builder.environment().putAll(ENV);
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      // Read stderr on the side: a chatty peer (compose) would otherwise block on a full pipe.
      var stderr = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      String stdout = readAll(process.getInputStream());
      int exit = process.waitFor();
      if (exit != 0) {
        throw new BenchException(String.join(" ", command) + " exited " + exit + ": " + stderr.join().strip(), null);
      }
      return stdout;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted running " + command.get(0), e);
    }
  }

  static String run(List<String> command) {
    return run(null, command);
  }

  /** True when {@code program} is on the PATH. */
  static boolean installed(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (java.nio.file.Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private static String readAll(java.io.InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
