package io.whalepod.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Docker Compose v1 (benchmark peer 3): a pause service and members joined with {@code service:pause};
 * {@code up -d} and {@code down -v -t 0}, one project per pod (its network is part of what compose does).
 */
final class ComposeMethod implements Method {
  private final SeedPod seed;
  private final EngineApi engine;
  private final Path workDir;

  ComposeMethod(SeedPod seed, EngineApi engine, Path workDir) {
    this.seed = seed;
    this.engine = engine;
    this.workDir = workDir;
  }

  @Override
  public String name() {
    return "docker-compose v1 (up -d, down -v)";
  }

  @Override
  public String unavailable() {
    return Processes.installed("docker-compose") ? null : "docker-compose is not installed (scripts/bench-setup.sh installs it)";
  }

  @Override
  public void up(String pod) {
    Processes.run(List.of("docker-compose", "-p", pod, "-f", composeFile(pod).toString(), "up", "-d"));
  }

  @Override
  public long memberPid(String pod) {
    return engine.pid(pod + "_" + SeedPod.HTTPD + "_1");
  }

  @Override
  public void down(String pod) {
    Processes.run(List.of("docker-compose", "-p", pod, "-f", composeFile(pod).toString(), "down", "-v", "-t", "0"));
  }

  private Path composeFile(String pod) {
    Path file = workDir.resolve("compose-" + pod + ".yml");
    if (!Files.exists(file)) {
      try {
        Files.createDirectories(workDir);
        Files.writeString(file, yaml());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  private String yaml() {
    StringBuilder out = new StringBuilder("version: \"2.4\"\nservices:\n  pause:\n    image: " + seed.pauseImage()
        + "\n    ipc: shareable\n");
    for (String member : SeedPod.members()) {
      out.append("  ").append(member).append(":\n    image: ").append(seed.busyboxImage())
          .append("\n    entrypoint: [\"").append(String.join("\", \"", SeedPod.command(member))).append("\"]\n")
          .append("    network_mode: \"service:pause\"\n    ipc: \"service:pause\"\n    pid: \"service:pause\"\n")
          .append("    volumes: [\"data:").append(SeedPod.MOUNT_PATH).append("\"]\n");
    }
    return out.append("volumes:\n  data: {}\n").toString();
  }
}
