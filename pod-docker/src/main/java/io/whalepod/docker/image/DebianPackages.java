package io.whalepod.docker.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes files out of Debian packages on the machine that runs Whalepod, so images can be made
 * from what apt provides instead of from a registry. An installed package is read in place;
 * otherwise its {@code .deb} is fetched with {@code apt-get download} (after one {@code apt-get
 * update} if apt does not know it yet) and unpacked with {@code dpkg-deb} in a temporary
 * directory.
 */
public final class DebianPackages {
  private static final Logger log = LoggerFactory.getLogger(DebianPackages.class);
  private static final Duration COMMAND_DEADLINE = Duration.ofMinutes(5);

  /** Packages of the machine's apt and dpkg; nothing is run until a method is called. */
  public DebianPackages() {}

  /**
   * A package's version as the host has it, or as apt would install it.
   *
   * @param pkg the package's name, such as {@code busybox-static}
   * @return the Debian version, such as {@code 1:1.35.0-4+b1}
   * @throws ImageBuildException if the package is neither installed nor known to apt, or apt fails
   */
  public String version(String pkg) {
    Optional<String> installed = installedVersion(pkg);
    if (installed.isPresent()) {
      return installed.get();
    }
    Optional<String> candidate = candidateVersion(pkg);
    if (candidate.isEmpty()) {
      updateIndexes(pkg);
      candidate = candidateVersion(pkg);
    }
    return candidate.orElseThrow(
        () -> new ImageBuildException(
            "Debian package " + pkg + " is neither installed nor known to apt on this machine"));
  }

  /**
   * The content of one file of a package, for example {@code read("busybox-static",
   * "/bin/busybox")}.
   *
   * @param pkg the package's name
   * @param path the file's absolute path as the package installs it
   * @return the file's bytes
   * @throws ImageBuildException if the package cannot be had or holds no such file
   */
  public byte[] read(String pkg, String path) {
    if (installedVersion(pkg).isPresent()) {
      return readFile(Path.of(path), pkg);
    }
    Path work = createTempDirectory();
    try {
      if (run(work, "apt-get", "download", pkg).exitCode != 0) {
        updateIndexes(pkg);
        check(pkg, run(work, "apt-get", "download", pkg));
      }
      Path deb = findDeb(work, pkg);
      Path root = work.resolve("root");
      check(pkg, run(work, "dpkg-deb", "-x", deb.toString(), root.toString()));
      return readFile(root.resolve(path.replaceFirst("^/+", "")), pkg);
    } finally {
      deleteRecursively(work);
    }
  }

  /**
   * A Debian version as a Docker tag: {@code 1:1.35.0-4+b1} becomes {@code 1_1.35.0-4_b1}.
   *
   * @param version a Debian version
   * @return the version with every character a tag does not allow replaced by {@code _}
   */
  public static String asTag(String version) {
    return version.replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  private Optional<String> installedVersion(String pkg) {
    Result result = run(null, "dpkg-query", "-W", "-f=${db:Status-Status} ${Version}", pkg);
    String out = result.output.trim();
    return result.exitCode == 0 && out.startsWith("installed ")
        ? Optional.of(out.substring("installed ".length()))
        : Optional.empty();
  }

  private Optional<String> candidateVersion(String pkg) {
    Result result = run(null, "apt-cache", "policy", pkg);
    return result.output.lines()
        .map(String::trim)
        .filter(line -> line.startsWith("Candidate:"))
        .map(line -> line.substring("Candidate:".length()).trim())
        .filter(version -> !version.isEmpty() && !version.equals("(none)"))
        .findFirst();
  }

  private void updateIndexes(String pkg) {
    log.info("apt does not know {} yet; running apt-get update", pkg);
    check(pkg, run(null, "apt-get", "update", "-qq"));
  }

  private static Path findDeb(Path dir, String pkg) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".deb"))
          .findFirst()
          .orElseThrow(() -> new ImageBuildException("apt-get download " + pkg + " left no .deb"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readFile(Path file, String pkg) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ImageBuildException("Cannot read " + file + " from Debian package " + pkg, e);
    }
  }

  private static void check(String pkg, Result result) {
    if (result.exitCode != 0) {
      throw new ImageBuildException(
          "Getting Debian package " + pkg + " failed: `" + String.join(" ", result.command)
              + "` exited " + result.exitCode + ":\n" + result.output.strip());
    }
  }

  private static Result run(Path dir, String... command) {
    Path output = null;
    try {
      output = Files.createTempFile("whalepod-apt-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
      builder.environment().put("LC_ALL", "C"); // parsed output must not be translated
      if (dir != null) {
        builder.directory(dir.toFile());
      }
      Process process = builder.start();
      if (!process.waitFor(COMMAND_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new ImageBuildException(
            "`" + String.join(" ", command) + "` did not finish within " + COMMAND_DEADLINE);
      }
      return new Result(List.of(command), process.exitValue(), Files.readString(output));
    } catch (IOException e) {
      throw new ImageBuildException(
          "Cannot run `" + String.join(" ", command) + "`: images built from Debian packages need "
              + "dpkg and apt on this machine",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImageBuildException("Interrupted while running " + command[0], e);
    } finally {
      if (output != null) {
        output.toFile().delete();
      }
    }
  }

  private static Path createTempDirectory() {
    try {
      return Files.createTempDirectory("whalepod-deb-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      log.debug("Could not delete {}", dir, e);
    }
  }

  private record Result(List<String> command, int exitCode, String output) {}
}
