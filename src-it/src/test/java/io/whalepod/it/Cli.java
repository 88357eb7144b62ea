package io.whalepod.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the whalepod command line as its own process (a separate JVM), as a user or a script does. */
public final class Cli {
  /** What one run printed and returned. */
  public record Result(int exitCode, String stdout, String stderr) {
    public List<String> stderrLines() {
      return stderr.lines().toList();
    }
  }

  private Cli() {}

  public static Result run(String... args) {
    return runWithInput(null, args);
  }

  /** Runs the command line with {@code stdin} as its standard input (null: none). */
  public static Result runWithInput(String stdin, String... args) {
    try {
      Path in = Files.writeString(Files.createTempFile("whalepod-in", ".txt"), stdin == null ? "" : stdin);
      Path out = Files.createTempFile("whalepod-out", ".txt");
      Path err = Files.createTempFile("whalepod-err", ".txt");
      Process process = builder(args).redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(in.toFile()).start();
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("whalepod " + String.join(" ", args) + " did not finish in 3 minutes");
      }
      Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
      for (Path file : List.of(in, out, err)) {
        Files.delete(file);
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A command line process that keeps running (get -w, logs -f); the caller reads and ends it. */
  public static Process start(String... args) throws IOException {
    return builder(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static ProcessBuilder builder(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.whalepod.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
