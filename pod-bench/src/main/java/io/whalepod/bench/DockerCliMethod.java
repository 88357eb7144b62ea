package io.whalepod.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The docker CLI (benchmark peer 2): three {@code docker run -d} in sequence; down is one {@code docker rm -f} of all
 * three. The named volume is removed after the clock stops, so this row's down is a lower bound (stricter for
 * Whalepod, whose down includes its volume).
 */
final class DockerCliMethod implements Method {
  private final SeedPod seed;
  private final EngineApi engine;

  DockerCliMethod(SeedPod seed, EngineApi engine) {
    this.seed = seed;
    this.engine = engine;
  }

  @Override
  public String name() {
    return "docker CLI (run -d ×3, rm -f)";
  }

  @Override
  public String unavailable() {
    return Processes.installed("docker") ? null : "the docker CLI is not on the PATH";
  }

  @Override
  public void up(String pod) {
    Processes.run(List.of("docker", "run", "-d", "--name", pod + "-pause", "--hostname", pod, "--ipc", "shareable",
        seed.pauseImage()));
    for (String member : SeedPod.members()) {
      String join = "container:" + pod + "-pause";
      List<String> run = new ArrayList<>(List.of("docker", "run", "-d", "--name", pod + "-" + member,
          "--network", join, "--ipc", join, "--pid", join, "-v", pod + "-data:" + SeedPod.MOUNT_PATH,
          "--entrypoint", SeedPod.command(member).get(0), seed.busyboxImage()));
      run.addAll(SeedPod.command(member).subList(1, SeedPod.command(member).size()));
      Processes.run(run);
    }
  }

  @Override
  public long memberPid(String pod) {
    return engine.pid(pod + "-" + SeedPod.HTTPD);
  }

  @Override
  public void down(String pod) {
    Processes.run(List.of("docker", "rm", "-f", pod + "-" + SeedPod.HTTPD, pod + "-" + SeedPod.SLEEP, pod + "-pause"));
  }

  /** The volume, outside the timed down. */
  @Override
  public void afterDown(String pod) {
    engine.removeVolume(pod + "-data");
  }
}
