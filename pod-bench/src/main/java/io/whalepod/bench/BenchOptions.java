package io.whalepod.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark's options, {@code --name value} each (scripts/bench.sh passes them through). Defaults: the measurement's rules,
 * ≥ 15 rounds after a warm-up, 20 concurrent pods, 50 held pods.
 */
record BenchOptions(int rounds, int warmups, Path out, Path doc, Path launcher, String socket, int events,
    int concurrentPods, int footprintPods, int cliRounds, int profiles, boolean setupOnly) {

  static BenchOptions parse(String[] args) {
    Map<String, String> given = new HashMap<>();
    boolean setupOnly = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--images")) {
        setupOnly = true;
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        given.put(args[i].substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i]
            + " (use --rounds N, --warmup N, --out DIR, --doc FILE, --launcher FILE, --socket PATH, --events N, "
            + "--pods N, --footprint N, --cli-rounds N, --profiles N, or --images)");
      }
    }
    BenchOptions options = new BenchOptions(
        number(given, "rounds", 15), number(given, "warmup", 2),
        Path.of(given.getOrDefault("out", "pod-bench/target/bench")),
        given.containsKey("doc") ? Path.of(given.get("doc")) : null,
        Path.of(given.getOrDefault("launcher", "./whalepod")).toAbsolutePath(),
        given.getOrDefault("socket", "/var/run/docker.sock"),
        number(given, "events", 40), number(given, "pods", 20), number(given, "footprint", 50),
        number(given, "cli-rounds", 10), number(given, "profiles", 7), setupOnly);
    given.keySet().removeAll(java.util.Set.of("rounds", "warmup", "out", "doc", "launcher", "socket", "events", "pods",
        "footprint", "cli-rounds", "profiles"));
    if (!given.isEmpty()) {
      throw new IllegalArgumentException("unknown options " + given.keySet());
    }
    return options;
  }

  private static int number(Map<String, String> given, String name, int fallback) {
    return given.containsKey(name) ? Integer.parseInt(given.get(name)) : fallback;
  }
}
