package io.whalepod.bench;

import io.whalepod.docker.PodRuntime;
import io.whalepod.docker.image.BusyboxImage;
import io.whalepod.docker.image.PauseImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark (docs/benchmarks.md): Whalepod against the raw Engine API, the docker CLI, docker-compose and
 * podman on the seed pod, then event latency, concurrency, footprint and the CLI. Run by {@code scripts/bench.sh};
 * prints the report, writes it and a CSV of every sample, and removes everything it created, also on failure.
 */
public final class BenchMain {
  private static final Logger log = LoggerFactory.getLogger(BenchMain.class);

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    String prefix = "bench-" + Long.toHexString(System.nanoTime() & 0xffffffL);
    Path socket = Path.of(options.socket());
    EngineApi engine = new EngineApi(socket);
    StepTimes rawSteps = new StepTimes();
    List<Method> methods = new ArrayList<>();
    try (PodRuntime runtime = PodRuntime.builder().dockerHost("unix://" + socket).build()) {
      SeedPod seed = new SeedPod(new PauseImage(runtime.images()).ensure(),
          new BusyboxImage(runtime.images()).ensure());
      if (options.setupOnly()) {
        System.out.println(seed.pauseImage() + " " + seed.busyboxImage()); // for scripts/bench-setup.sh
        return;
      }
      DockerCliMethod dockerCli = new DockerCliMethod(seed, engine);
      PodmanMethod podman = new PodmanMethod(seed, options.out());
      methods.addAll(List.of(new WhalepodMethod(runtime, seed, engine), new RawApiMethod(engine, seed, false, rawSteps),
          new RawApiMethod(engine, seed, true, rawSteps), dockerCli, new ComposeMethod(seed, engine, options.out()),
          podman));
      try {
        Report report = new Report().header(Environment.describe(engine), options.warmups(), options.rounds());
        PeerBenchmark.Result peers = new PeerBenchmark(prefix, rawSteps).run(methods, options.warmups(),
            options.rounds());
        report.peers(peers).steps("Raw API, request by request (the floor's parts)", rawSteps.summaries());
        // A failing section is reported as such; it does not lose the figures of the others.
        report.section("profile", () -> report.profile(
            new WhalepodProfile(seed, "unix://" + socket).run(prefix, options.profiles())));
        report.section("event latency", () -> report.events(
            new EventLatencyBenchmark(runtime, engine, seed).run(prefix, options.events())));
        report.section("concurrent pods", () -> report.throughput(
            new ThroughputBenchmark(runtime, engine, seed).run(prefix, options.concurrentPods())));
        report.section("footprint", () -> report.footprint(
            new FootprintBenchmark(runtime, seed).run(prefix, options.footprintPods())));
        report.section("command line", () -> report.cli(
            new CliBenchmark(options.launcher(), options.out(), seed, dockerCli, runtime)
                .run(prefix, 1, options.cliRounds())));
        String markdown = report.render();
        System.out.println(markdown);
        Results.write(options, markdown, peers.samples());
      } finally {
        methods.forEach(m -> PeerBenchmark.quietly(m::close));
        sweep(engine, podman, prefix);
      }
    }
  }

  /** Removes whatever this run's prefix still names, whichever step failed; reports it as a leak. */
  private static void sweep(EngineApi engine, PodmanMethod podman, String prefix) {
    podman.forceRemoveAll(prefix);
    List<EngineApi.Leftover> left = engine.leftovers(prefix);
    if (!left.isEmpty()) {
      log.warn("removing what the run left behind: {}", left);
      left.forEach(l -> PeerBenchmark.quietly(() -> engine.remove(l)));
    }
  }

  /** Writes the report and the samples' CSV to the output folder, and the report into the doc if one is given. */
  static final class Results {
    private Results() {}

    static void write(BenchOptions options, String markdown, List<Sample> samples) throws IOException {
      Files.createDirectories(options.out());
      Files.writeString(options.out().resolve("results.md"), markdown);
      List<String> csv = new ArrayList<>(List.of(Sample.CSV_HEADER));
      samples.forEach(s -> csv.add(s.csv()));
      Files.write(options.out().resolve("results.csv"), csv);
      log.info("wrote {} and {}", options.out().resolve("results.md"), options.out().resolve("results.csv"));
      if (options.doc() != null) {
        GeneratedSection.replace(options.doc(), markdown);
        log.info("updated the generated section of {}", options.doc());
      }
    }
  }
}
