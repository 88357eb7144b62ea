package io.whalepod.bench;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.docker.internal.DockerEscapeHatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Whalepod's up, request by request: seed pods run on a runtime whose docker-java client records every request;
 * the run with the median up is shown as a timeline (ms from the {@code run()} call), and so is its down.
 */
final class WhalepodProfile {
  /** One profiled pod: up and down timelines, as text lines. */
  record Result(double upMs, List<String> up, double downMs, List<String> down) {}

  private final SeedPod seed;
  private final String dockerHost;

  WhalepodProfile(SeedPod seed, String dockerHost) {
    this.seed = seed;
    this.dockerHost = dockerHost;
  }

  Result run(String prefix, int pods) {
    RequestTimeline timeline = new RequestTimeline();
    var config = DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(dockerHost).build();
    DockerClient client = DockerClientImpl.getInstance(config,
        new ApacheDockerHttpClient.Builder().dockerHost(config.getDockerHost()).maxConnections(50).build());
    List<Result> results = new ArrayList<>();
    // The one caller of the escape hatch: timing each request needs the client in our hands.
    try (PodRuntime runtime = DockerEscapeHatch.build(PodRuntime.builder(), timeline.wrap(client))) {
      for (int i = -1; i < pods; i++) { // the first warms the JIT and the pool
        timeline.clear();
        long start = System.nanoTime();
        PodHandle handle = runtime.run(seed.pod(prefix + "-pf" + (i + 1)));
        long up = System.nanoTime();
        List<String> upLines = lines(timeline.requests(), start);
        timeline.clear();
        long downStart = System.nanoTime();
        handle.delete(Duration.ZERO);
        long down = System.nanoTime();
        if (i >= 0) {
          results.add(new Result((up - start) / 1e6, upLines, (down - downStart) / 1e6,
              lines(timeline.requests(), downStart)));
        }
      }
    }
    results.sort(Comparator.comparingDouble(Result::upMs));
    return results.get(results.size() / 2);
  }

  private static List<String> lines(List<RequestTimeline.Request> requests, long origin) {
    return requests.stream().map(r -> String.format(Locale.ROOT, "%7.1f → %7.1f  (%6.1f ms)  %s",
        (r.start() - origin) / 1e6, (r.end() - origin) / 1e6, (r.end() - r.start()) / 1e6, r.command())).toList();
  }
}
