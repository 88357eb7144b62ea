package io.whalepod.bench;

import io.whalepod.model.Pod;
import io.whalepod.yaml.ManifestReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The reference pod (pause + httpd + sleep sharing network, IPC and PID), as the one YAML every peer that reads Pod YAML is given, and as images for the rest. */
final class SeedPod {
  static final String HTTPD = "httpd";
  static final String SLEEP = "sleep";
  static final int HTTP_PORT = 8080;
  static final String MOUNT_PATH = "/data";
  static final String TEMPLATE_NAME = "bench-seed";

  private final String yaml;
  private final String pauseImage;
  private final String busyboxImage;

  SeedPod(String pauseImage, String busyboxImage) {
    this.yaml = load();
    this.pauseImage = pauseImage;
    this.busyboxImage = busyboxImage;
  }

  /** The seed pod's YAML under another name. */
  String yaml(String name) {
    return yaml.replace("name: " + TEMPLATE_NAME, "name: " + name);
  }

  Pod pod(String name) {
    return ManifestReader.readPod(yaml(name));
  }

  String pauseImage() {
    return pauseImage;
  }

  String busyboxImage() {
    return busyboxImage;
  }

  /** The member commands, for peers that take a command line rather than YAML. */
  static java.util.List<String> command(String member) {
    return HTTPD.equals(member) ? java.util.List.of("/bin/httpd", "-f", "-p", Integer.toString(HTTP_PORT))
        : java.util.List.of("/bin/sleep", "3600");
  }

  static java.util.List<String> members() {
    return java.util.List.of(HTTPD, SLEEP);
  }

  private static String load() {
    try (InputStream in = SeedPod.class.getResourceAsStream("seed.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("seed.yaml missing from the classpath", e);
    }
  }
}
