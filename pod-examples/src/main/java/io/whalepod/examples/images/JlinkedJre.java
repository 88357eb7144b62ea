package io.whalepod.examples.images;

import io.whalepod.docker.image.BuildContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small Java runtime made by {@code jlink} from the running JDK, plus the host's shared
 * libraries it is linked against (found with {@code ldd}, the dynamic loader included), so it runs
 * in an image that has no C library of its own. Host libraries keep their host paths. Libraries
 * for a display or sound are not included: the runtime is for headless use.
 */
final class JlinkedJre {
  /** Modules a servlet container such as Tomcat needs. */
  static final List<String> TOMCAT_MODULES =
      List.of(
          "java.base", "java.desktop", "java.instrument", "java.logging", "java.management",
          "java.naming", "java.security.jgss", "java.sql", "java.xml", "jdk.unsupported",
          "java.rmi", "java.scripting", "jdk.crypto.ec");

  /**
   * Libraries only a runtime with a display or sound loads: their X11, ALSA and image libraries are
   * left out of the image, so the runtime must run headless ({@code -Djava.awt.headless=true}).
   */
  private static final Set<String> DISPLAY_ONLY =
      Set.of("libawt_xawt.so", "libjawt.so", "libjsound.so", "libsplashscreen.so");

  private static final Logger log = LoggerFactory.getLogger(JlinkedJre.class);
  // "libz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x...)" or "/lib64/ld-linux-x86-64.so.2 (0x...)"
  private static final Pattern LDD_PATH = Pattern.compile("(?:=>\\s*)?(/\\S+)\\s+\\(0x[0-9a-f]+\\)");

  private final List<String> modules;

  JlinkedJre(List<String> modules) {
    this.modules = List.copyOf(modules);
  }

  /**
   * Adds the runtime to {@code context}: its files under {@code rootfs + home} and its host
   * libraries under {@code rootfs} at their host paths.
   *
   * @param rootfs the context folder copied to the image's {@code /}, for example {@code rootfs}
   * @param home where the runtime lives in the image, for example {@code /opt/jre}
   */
  void addTo(BuildContext.Builder context, String rootfs, String home) {
    Path work = null;
    try {
      work = Files.createTempDirectory("whalepod-jre-");
      Path jre = work.resolve("jre");
      jlink(jre);
      try (Stream<Path> files = Files.walk(jre)) {
        for (Path file : (Iterable<Path>) files.sorted()::iterator) {
          String path = rootfs + home + (file.equals(jre) ? "" : "/" + jre.relativize(file));
          if (Files.isDirectory(file)) {
            context.directory(path, 0755);
          } else {
            context.file(path, Files.readAllBytes(file), mode(file));
          }
        }
      }
      for (String library : hostLibraries(jre)) {
        // Read through symlinks: the image gets a plain file at the name the loader asks for.
        context.file(rootfs + library, Files.readAllBytes(Path.of(library)), 0755);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make a Java runtime with jlink", e);
    } finally {
      deleteQuietly(work);
    }
  }

  private void jlink(Path output) {
    ToolProvider jlink =
        ToolProvider.findFirst("jlink")
            .orElseThrow(() -> new IllegalStateException(
                "jlink is not available: run on a JDK (with jdk.jlink), not a JRE"));
    String[] args = {
      "--add-modules", String.join(",", modules),
      "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2",
      "--output", output.toString()
    };
    log.info("jlink {} from {}", String.join(" ", args), System.getProperty("java.home"));
    StringWriter messages = new StringWriter();
    PrintWriter writer = new PrintWriter(messages);
    int status = jlink.run(writer, writer, args);
    writer.flush();
    if (status != 0) {
      throw new IllegalStateException("jlink failed (" + status + "): " + messages);
    }
  }

  /** Absolute paths of the host libraries the runtime's executables and libraries load. */
  private static Set<String> hostLibraries(Path jre) throws IOException {
    Set<String> libraries = new TreeSet<>();
    try (Stream<Path> files = Files.walk(jre)) {
      for (Path file : (Iterable<Path>) files.filter(JlinkedJre::isNative)::iterator) {
        for (String library : ldd(file)) {
          if (!Path.of(library).startsWith(jre)) {
            libraries.add(library);
          }
        }
      }
    }
    return libraries;
  }

  private static boolean isNative(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    String name = file.getFileName().toString();
    if (DISPLAY_ONLY.contains(name)) {
      return false;
    }
    return name.endsWith(".so") || file.getParent().getFileName().toString().equals("bin")
        || name.equals("jspawnhelper");
  }

  /** The libraries {@code ldd} resolves for {@code file}; none for a file that is not dynamic. */
  private static List<String> ldd(Path file) throws IOException {
    Process process = new ProcessBuilder("ldd", file.toString()).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running ldd", e);
    }
    Matcher matcher = LDD_PATH.matcher(output);
    List<String> paths = new java.util.ArrayList<>();
    while (matcher.find()) {
      paths.add(matcher.group(1));
    }
    return paths;
  }

  private static int mode(Path file) throws IOException {
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    return permissions.contains(PosixFilePermission.OWNER_EXECUTE) ? 0755 : 0644;
  }

  private static void deleteQuietly(Path root) {
    if (root == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.debug("Could not delete {}", root, e);
    }
  }
}
