package io.whalepod.examples.images;

import io.whalepod.docker.image.BuildContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apache Tomcat's binary distribution from Maven Central ({@code
 * org.apache.tomcat:tomcat:<version>:tar.gz}), downloaded once into {@code ~/.cache/whalepod} and
 * checked against Central's SHA-512.
 */
final class TomcatDistribution {
  static final String VERSION = "9.0.117";

  private static final Logger log = LoggerFactory.getLogger(TomcatDistribution.class);
  private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  private final String version;
  private final Path cache;

  TomcatDistribution() {
    this(VERSION, Path.of(System.getProperty("user.home"), ".cache", "whalepod"));
  }

  TomcatDistribution(String version, Path cache) {
    this.version = version;
    this.cache = cache;
  }

  /** The cached tar.gz, downloaded first if it is missing. */
  Path archive() {
    Path file = cache.resolve("tomcat-" + version + ".tar.gz");
    if (Files.isRegularFile(file)) {
      return file;
    }
    String url =
        CENTRAL + "org/apache/tomcat/tomcat/" + version + "/tomcat-" + version + ".tar.gz";
    log.info("Downloading {}", url);
    try {
      Files.createDirectories(cache);
      HttpClient http =
          HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
      String expected = get(http, url + ".sha512", HttpResponse.BodyHandlers.ofString())
          .trim().split("\\s+")[0].toLowerCase();
      Path partial = Files.createTempFile(cache, "tomcat-", ".part");
      try {
        get(http, url, HttpResponse.BodyHandlers.ofFile(partial,
            java.nio.file.StandardOpenOption.WRITE,
            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING));
        String actual = sha512(partial);
        if (!actual.equals(expected)) {
          throw new IOException("SHA-512 mismatch for " + url + ": got " + actual);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(partial);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not download Tomcat " + version, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while downloading Tomcat " + version, e);
    }
  }

  /**
   * Adds the distribution to {@code context} under {@code target} (a context path), without its
   * top folder, its default web applications and its Windows scripts; {@code webapps} stays, empty.
   */
  void addTo(BuildContext.Builder context, String target) {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive()));
        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(raw))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        String name = entry.getName();
        int slash = name.indexOf('/');
        String rest = slash < 0 ? "" : name.substring(slash + 1);
        if (rest.isEmpty() || skipped(rest)) {
          continue;
        }
        String path = target + "/" + rest;
        if (entry.isDirectory()) {
          context.directory(path, entry.getMode() & 07777);
        } else if (entry.isFile()) {
          context.file(path, tar.readAllBytes(), entry.getMode() & 07777);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read Tomcat " + version, e);
    }
  }

  private static boolean skipped(String rest) {
    return (rest.startsWith("webapps/") && !rest.equals("webapps/")) || rest.endsWith(".bat");
  }

  private static <T> T get(HttpClient http, String url, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    HttpResponse<T> response =
        http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(), body);
    if (response.statusCode() != 200) {
      throw new IOException("GET " + url + " answered " + response.statusCode());
    }
    return response.body();
  }

  private static String sha512(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-512");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
