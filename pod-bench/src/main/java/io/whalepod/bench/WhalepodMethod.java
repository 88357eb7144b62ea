package io.whalepod.bench;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.docker.internal.Labels;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Whalepod's Java API in this JVM: {@code runtime.run(pod)} up, {@code handle.delete(ZERO)} down (as rm -f kills). */
final class WhalepodMethod implements Method {
  private final PodRuntime runtime;
  private final SeedPod seed;
  private final EngineApi engine;
  private final Map<String, PodHandle> handles = new ConcurrentHashMap<>();

  WhalepodMethod(PodRuntime runtime, SeedPod seed, EngineApi engine) {
    this.runtime = runtime;
    this.seed = seed;
    this.engine = engine;
  }

  @Override
  public String name() {
    return "Whalepod (Java API)";
  }

  @Override
  public void up(String pod) {
    handles.put(pod, runtime.run(seed.pod(pod)));
  }

  @Override
  public long memberPid(String pod) {
    return engine.pid(Labels.containerName(handles.get(pod).pod(), SeedPod.HTTPD, 0));
  }

  @Override
  public void down(String pod) {
    PodHandle handle = handles.remove(pod);
    if (handle != null) {
      handle.delete(Duration.ZERO);
    }
  }
}
