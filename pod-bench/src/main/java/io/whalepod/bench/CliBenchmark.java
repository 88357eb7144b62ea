package io.whalepod.bench;

import io.whalepod.docker.PodRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./whalepod apply -f seed.yaml --wait} as a whole process (JVM start included) against three sequential
 * {@code docker run -d}, alternating; plus {@code ./whalepod version} (the JVM alone) and {@code get pods} (the JVM, a
 * runtime and one engine list): the CLI's fixed cost before any pod.
 * Deleting is not timed here.
 */
final class CliBenchmark {
  /** Wall times of each command line, per round. */
  record Result(List<Duration> apply, List<Duration> dockerRun, List<Duration> version, List<Duration> get) {}

  private final Path launcher;
  private final Path workDir;
  private final SeedPod seed;
  private final DockerCliMethod dockerCli;
  private final PodRuntime runtime;

  CliBenchmark(Path launcher, Path workDir, SeedPod seed, DockerCliMethod dockerCli, PodRuntime runtime) {
    this.launcher = launcher;
    this.workDir = workDir;
    this.seed = seed;
    this.dockerCli = dockerCli;
    this.runtime = runtime;
  }

  Result run(String prefix, int warmups, int rounds) {
    List<Duration> apply = new ArrayList<>();
    List<Duration> dockerRun = new ArrayList<>();
    List<Duration> version = new ArrayList<>();
    List<Duration> get = new ArrayList<>();
    for (int round = -warmups; round < rounds; round++) {
      String pod = prefix + "-cli" + (round < 0 ? "w" + -round : "r" + round);
      Path file = write(pod);
      boolean record = round >= 0;
      Runnable applyOnce = () -> time(record ? apply : null, () -> Processes.run(
          List.of(launcher.toString(), "apply", "-f", file.toString(), "--wait")), () -> deleteApplied(pod));
      Runnable dockerOnce = () -> time(record ? dockerRun : null, () -> dockerCli.up(pod + "-d"), () -> {
        dockerCli.down(pod + "-d");
        dockerCli.afterDown(pod + "-d");
      });
      if (round % 2 == 0) {
        applyOnce.run();
        dockerOnce.run();
      } else {
        dockerOnce.run();
        applyOnce.run();
      }
      time(record ? version : null, () -> Processes.run(List.of(launcher.toString(), "version")), () -> {});
      time(record ? get : null, () -> Processes.run(List.of(launcher.toString(), "get", "pods")), () -> {});
    }
    return new Result(apply, dockerRun, version, get);
  }

  private static void time(List<Duration> into, Runnable command, Runnable cleanup) {
    long start = System.nanoTime();
    try {
      command.run();
      if (into != null) {
        into.add(Duration.ofNanos(System.nanoTime() - start));
      }
    } finally {
      PeerBenchmark.quietly(cleanup);
    }
  }

  /** apply makes detached pods: this JVM's runtime finds it by name and removes it. */
  private void deleteApplied(String pod) {
    runtime.find("default", pod).ifPresent(h -> h.delete(Duration.ZERO));
  }

  private Path write(String pod) {
    try {
      Files.createDirectories(workDir);
      return Files.writeString(workDir.resolve("cli-" + pod + ".yaml"), seed.yaml(pod));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
