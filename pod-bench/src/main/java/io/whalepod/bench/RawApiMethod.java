package io.whalepod.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The naive floor (benchmark peer 1): Engine API requests as curl sends them, (a) one after another, or (b) the two
 * members created and started concurrently once the pause runs. Down: members, pause, then the volume.
 */
final class RawApiMethod implements Method {
  private final EngineApi engine;
  private final SeedPod seed;
  private final boolean concurrent;
  private final StepTimes steps;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "bench-raw-api");
    t.setDaemon(true);
    return t;
  });

  RawApiMethod(EngineApi engine, SeedPod seed, boolean concurrent, StepTimes steps) {
    this.engine = engine;
    this.seed = seed;
    this.concurrent = concurrent;
    this.steps = steps;
  }

  @Override
  public String name() {
    return concurrent ? "raw API, members concurrent" : "raw API, one by one";
  }

  @Override
  public void up(String pod) {
    steps.time("create volume", () -> engine.createVolume(volume(pod), Map.of()));
    String pause = steps.time("create pause", () -> engine.createContainer(pod + "-pause", Map.of(
        "Image", seed.pauseImage(), "Hostname", pod, "HostConfig", Map.of("IpcMode", "shareable"))));
    steps.time("start pause", () -> engine.start(pause));
    eachMember(SeedPod.members(), member -> {
      String id = steps.time("create member", () -> engine.createContainer(pod + "-" + member, memberConfig(pod, pause, member)));
      steps.time("start member", () -> engine.start(id));
    });
  }

  @Override
  public long memberPid(String pod) {
    return engine.pid(pod + "-" + SeedPod.HTTPD);
  }

  @Override
  public void down(String pod) {
    eachMember(SeedPod.members(), member -> steps.time("remove member", () -> engine.forceRemove(pod + "-" + member)));
    steps.time("remove pause", () -> engine.forceRemove(pod + "-pause"));
    steps.time("remove volume", () -> engine.removeVolume(volume(pod)));
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  private Map<String, Object> memberConfig(String pod, String pause, String member) {
    String join = "container:" + pause;
    return Map.of("Image", seed.busyboxImage(), "Entrypoint", SeedPod.command(member),
        "HostConfig", Map.of("NetworkMode", join, "IpcMode", join, "PidMode", join,
            "Binds", List.of(volume(pod) + ":" + SeedPod.MOUNT_PATH)));
  }

  private void eachMember(List<String> members, java.util.function.Consumer<String> action) {
    if (!concurrent) {
      members.forEach(action);
      return;
    }
    CompletableFuture.allOf(members.stream()
        .map(m -> CompletableFuture.runAsync(() -> action.accept(m), executor))
        .toArray(CompletableFuture[]::new)).join();
  }

  private static String volume(String pod) {
    return pod + "-data";
  }
}
