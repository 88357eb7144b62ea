package io.whalepod.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Where and when a run happened: date, CPU, memory, kernel, Java, and the versions of the engine and every peer. */
final class Environment {
  private Environment() {}

  static String describe(EngineApi engine) {
    var version = engine.call("GET", "/version", null).json();
    return "Run " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
        + " on " + Runtime.getRuntime().availableProcessors() + " × " + cpuModel() + ", " + memory() + ", Linux "
        + System.getProperty("os.version") + "; Java " + System.getProperty("java.version") + ".\n"
        + "Docker Engine " + version.path("Version").asText() + " (API " + version.path("ApiVersion").asText()
        + ", " + version.path("Components").path(1).path("Name").asText("containerd") + " "
        + version.path("Components").path(1).path("Version").asText("?") + "); docker CLI "
        + tool(List.of("docker", "version", "--format", "{{.Client.Version}}")) + "; docker-compose "
        + tool(List.of("docker-compose", "version", "--short")) + "; podman "
        + tool(List.of("podman", "version", "--format", "{{.Client.Version}}")) + ".\n"
        + "Others share this machine and engine: absolute times drift; ratios from the same run hold.\n";
  }

  private static String tool(List<String> command) {
    if (!Processes.installed(command.get(0))) {
      return "not installed";
    }
    try {
      return Processes.run(command).strip();
    } catch (RuntimeException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static String cpuModel() {
    return read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
        .map(l -> l.replaceFirst("^model name\\s*:\\s*", "")).orElse("unknown CPU");
  }

  private static String memory() {
    return read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal")).findFirst()
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB RAM").orElse("unknown RAM");
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      return "";
    }
  }
}
