package io.whalepod.it;

import java.io.IOException;
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
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.whalepod.cli.Main"));
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile("whalepod-out", ".txt");
      Path err = Files.createTempFile("whalepod-err", ".txt");
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("whalepod " + String.join(" ", args) + " did not finish in 3 minutes");
      }
      Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return result;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
