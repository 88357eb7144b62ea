package io.whalepod.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Podman 4.3 (benchmark peer 4): {@code podman kube play} and {@code kube down} of the same seed YAML, configured
 * by scripts/bench-setup.sh (containers.conf, the local pause as infra image, busybox loaded from Docker).
 */
final class PodmanMethod implements Method {
  // conmon writes each container's PID here: reading it costs no podman process, unlike podman inspect.
  private static final Path CONTAINERS = Path.of("/run/containers/storage/overlay-containers");

  private final SeedPod seed;
  private final Path workDir;
  private final Map<String, String> firstMember = new ConcurrentHashMap<>();

  PodmanMethod(SeedPod seed, Path workDir) {
    this.seed = seed;
    this.workDir = workDir;
  }

  @Override
  public String name() {
    return "podman kube play / down";
  }

  @Override
  public String unavailable() {
    if (!Processes.installed("podman")) {
      return "podman is not installed (scripts/bench-setup.sh installs it)";
    }
    return Files.exists(Path.of("/etc/containers/containers.conf")) ? null
        : "podman is not configured: run scripts/bench-setup.sh";
  }

  @Override
  public void up(String pod) {
    String out = Processes.run(List.of("podman", "kube", "play", podFile(pod).toString()));
    // "Pod:\n<id>\nContainers:\n<id>\n<id>": the first container is httpd, in spec order.
    List<String> lines = out.lines().map(String::strip).toList();
    firstMember.put(pod, lines.get(lines.indexOf("Containers:") + 1));
  }

  @Override
  public long memberPid(String pod) {
    Path pidFile = CONTAINERS.resolve(firstMember.get(pod)).resolve("userdata/pidfile");
    try {
      return Long.parseLong(Files.readString(pidFile).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("podman's pidfile " + pidFile, e);
    }
  }

  @Override
  public void down(String pod) {
    Processes.run(List.of("podman", "kube", "down", podFile(pod).toString()));
    firstMember.remove(pod);
  }

  /** Removes every podman pod whose name starts with {@code prefix}, whatever step failed (outside any timing). */
  void forceRemoveAll(String prefix) {
    if (unavailable() != null) {
      return;
    }
    String pods = Processes.run(List.of("podman", "pod", "ps", "-q", "--filter", "name=^" + prefix)).strip();
    if (!pods.isEmpty()) {
      List<String> rm = new java.util.ArrayList<>(List.of("podman", "pod", "rm", "-f", "-t", "0"));
      rm.addAll(pods.lines().toList());
      Processes.run(rm);
    }
  }

  private Path podFile(String pod) {
    Path file = workDir.resolve("podman-" + pod + ".yaml");
    if (!Files.exists(file)) {
      try {
        Files.createDirectories(workDir);
        Files.writeString(file, seed.yaml(pod));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }
}
