package io.whalepod.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders one run as markdown: the peer table, the breakdowns, the other figures, and the targets judged. */
final class Report {
  static final String WHALEPOD = "Whalepod (Java API)";
  static final String RAW_CONCURRENT = "raw API, members concurrent";
  static final String DOCKER_CLI = "docker CLI (run -d ×3, rm -f)";
  static final String COMPOSE = "docker-compose v1 (up -d, down -v)";
  static final String PODMAN = "podman kube play / down";

  private final StringBuilder out = new StringBuilder();
  private final List<Target> targets = new ArrayList<>();

  Report header(String environment, int warmups, int rounds) {
    out.append(environment).append('\n')
        .append(String.format(Locale.ROOT, "%d warm-up rounds, then %d rounds; the order of methods rotates each "
            + "round. Milliseconds, min / **median** / max. Ratio: Whalepod's median ÷ the row's median (< 1: "
            + "Whalepod is faster).%n%n", warmups, rounds));
    return this;
  }

  Report peers(PeerBenchmark.Result result) {
    Stats whaleUp = stats(result, WHALEPOD, Sample::up);
    Stats whaleDown = stats(result, WHALEPOD, Sample::down);
    MarkdownTable table = new MarkdownTable("method", "up", "ready", "down", "up ratio", "down ratio");
    for (String method : result.methods()) {
      Stats up = stats(result, method, Sample::up);
      Stats ready = stats(result, method, Sample::ready);
      Stats down = stats(result, method, Sample::down);
      if (up == null) {
        table.row(method, "FAILED every round", "", "", "", "");
        continue;
      }
      table.row(method, up.spread(), ready.spread(), down.spread(), ratio(whaleUp, up), ratio(whaleDown, down));
    }
    result.skipped().forEach((method, why) -> table.row(method, "SKIPPED: " + why, "", "", "", ""));
    out.append("## Seed pod: up, ready, down\n\n").append(table.render())
        .append("\nup: the call or command until every container runs; ready: from the same start until httpd "
            + "listens on 8080 in the pod's network namespace; down: until every container and the volume are "
            + "gone, except the docker CLI row, whose volume is removed after its clock stops.\n");
    if (!result.failures().isEmpty()) {
      out.append("\nFailures:\n");
      result.failures().forEach(f -> out.append("- ").append(f).append('\n'));
    }
    if (whaleUp != null) {
      judgeUp(result, whaleUp);
      Stats cliDown = stats(result, DOCKER_CLI, Sample::down);
      if (cliDown != null) {
        targets.add(Target.ratio("down ≤ `docker rm -f` of all three at once", whaleDown.median(), cliDown.median(),
            1.0, false));
      }
    }
    return this;
  }

  private void judgeUp(PeerBenchmark.Result result, Stats whaleUp) {
    judge(result, whaleUp, RAW_CONCURRENT, "up ≤ 0.9 × raw API members-concurrent", 0.9, false);
    judge(result, whaleUp, PODMAN, "up < podman kube play", 1.0, true);
    judge(result, whaleUp, COMPOSE, "up ≤ 0.5 × docker-compose", 0.5, false);
  }

  private void judge(PeerBenchmark.Result result, Stats whale, String peer, String goal, double factor, boolean strict) {
    Stats other = stats(result, peer, Sample::up);
    if (other == null) {
      targets.add(new Target(goal, false, "not measured: " + result.skipped().getOrDefault(peer, "failed")));
    } else {
      targets.add(Target.ratio(goal, whale.median(), other.median(), factor, strict));
    }
  }

  Report steps(String title, Map<String, Stats> steps) {
    MarkdownTable table = new MarkdownTable("request", "n", "min / median / max ms");
    steps.forEach((step, s) -> table.row(step, Integer.toString(s.count()), s.spread()));
    out.append("\n## ").append(title).append("\n\n").append(table.render());
    return this;
  }

  Report profile(WhalepodProfile.Result profile) {
    out.append(String.format(Locale.ROOT, "%n## Whalepod, request by request (the median of the profiled runs)%n%n"
        + "up %.1f ms (from the run() call; start → end of each engine request):%n```%n", profile.upMs()));
    profile.up().forEach(l -> out.append(l).append('\n'));
    out.append(String.format(Locale.ROOT, "```%ndown %.1f ms:%n```%n", profile.downMs()));
    profile.down().forEach(l -> out.append(l).append('\n'));
    out.append("```\n");
    return this;
  }

  Report events(List<Duration> latencies) {
    Stats s = Stats.of(latencies);
    out.append(String.format(Locale.ROOT, "%n## Event latency%n%nA member is SIGKILLed → `PodHandle.waitFor` reports "
        + "it terminated: %d samples, p50 %.1f ms, p99 %.1f ms, max %.1f ms.%n", s.count(), s.median(), s.p99(),
        s.max()));
    targets.add(new Target("event latency p99 < 50 ms", s.p99() < 50,
        String.format(Locale.ROOT, "p99 %.1f ms (p50 %.1f ms)", s.p99(), s.median())));
    return this;
  }

  Report throughput(ThroughputBenchmark.Result r) {
    out.append(String.format(Locale.ROOT, "%n## %d seed pods at once (%d threads)%n%nall up in %.0f ms (%.1f pods/s), "
        + "all down in %.0f ms (%.1f pods/s); errors: %d; left on the engine: %d.%n", r.pods(), r.pods(),
        r.up().toNanos() / 1e6, r.upPerSecond(), r.down().toNanos() / 1e6, r.downPerSecond(), r.errors().size(),
        r.leftovers().size()));
    r.errors().forEach(e -> out.append("- error: ").append(e).append('\n'));
    r.leftovers().forEach(e -> out.append("- left: ").append(e).append("\n"));
    targets.add(new Target(r.pods() + " concurrent pods: no error, nothing leaked",
        r.errors().isEmpty() && r.leftovers().isEmpty(), String.format(Locale.ROOT,
            "%d errors, %d left; %.1f pods/s up, %.1f pods/s down", r.errors().size(), r.leftovers().size(),
            r.upPerSecond(), r.downPerSecond())));
    return this;
  }

  Report footprint(FootprintBenchmark.Result r) {
    long mostOfOneKind = r.newThreads().values().stream().mapToLong(Long::longValue).max().orElse(0);
    out.append(String.format(Locale.ROOT, "%n## Footprint: %d idle pods held by one JVM%n%nheap after GC +%.0f KiB "
        + "(%.1f KiB per pod); threads +%d: %s.%n", r.pods(), r.heapDeltaBytes() / 1024.0, r.heapPerPodKiB(),
        r.threadDelta(), r.newThreads()));
    boolean met = r.heapPerPodKiB() < 1024 && mostOfOneKind < r.pods();
    targets.add(new Target("< 1 MiB heap and no dedicated platform thread per idle pod", met, String.format(
        Locale.ROOT, "%.1f KiB per pod; %d new threads for %d pods", r.heapPerPodKiB(), r.threadDelta(), r.pods())));
    return this;
  }

  Report cli(CliBenchmark.Result r) {
    Stats apply = Stats.of(r.apply());
    Stats docker = Stats.of(r.dockerRun());
    Stats version = Stats.of(r.version());
    Stats get = Stats.of(r.get());
    out.append("\n## Command line, whole processes\n\n").append(new MarkdownTable("command", "n", "min / median / max ms")
        .row("`./whalepod apply -f seed.yaml --wait`", Integer.toString(apply.count()), apply.spread())
        .row("3 × `docker run -d` in sequence", Integer.toString(docker.count()), docker.spread())
        .row("`./whalepod version` (JVM start, no engine call)", Integer.toString(version.count()), version.spread())
        .row("`./whalepod get pods` (JVM, runtime, one list)", Integer.toString(get.count()), get.spread())
        .render());
    targets.add(Target.ratio("`whalepod apply --wait` ≤ 1.5 × three sequential `docker run -d`", apply.median(),
        docker.median(), 1.5, false));
    return this;
  }

  /** A part of the run that may fail; its failure goes into the report instead of ending the run. */
  interface Section {
    void run() throws Exception;
  }

  void section(String name, Section section) {
    try {
      section.run();
    } catch (Exception e) {
      out.append("\n## ").append(name).append(": FAILED\n\n").append(e).append('\n');
      targets.add(new Target(name, false, "the section failed: " + e.getMessage()));
    }
  }

  String render() {
    StringBuilder all = new StringBuilder(out);
    all.append("\n## Targets\n\n| target | | measured (medians of this run) |\n|---|---|---|\n");
    targets.forEach(t -> all.append(t.row()).append('\n'));
    return all.toString();
  }

  private static Stats stats(PeerBenchmark.Result result, String method,
      java.util.function.Function<Sample, Duration> figure) {
    List<Duration> values = result.figure(method, figure);
    return values.isEmpty() ? null : Stats.of(values);
  }

  private static String ratio(Stats whalepod, Stats peer) {
    return whalepod == null || peer == null ? "" : String.format(Locale.ROOT, "%.2f", whalepod.median() / peer.median());
  }
}
