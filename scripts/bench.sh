#!/usr/bin/env bash
# The benchmark, in one command: makes sure an engine answers, installs and prepares the peers, builds, runs,
# and writes docs/benchmarks.md (its generated section) plus pod-bench/target/bench/results.{md,csv}.
# Options go to the program, e.g. `bash scripts/bench.sh --rounds 20`. A few minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/engine.sh
mvn -B -q -ntp -DskipTests -pl pod-bench -am package
./whalepod version >/dev/null   # builds the command line the CLI figures time
bench() { java -XX:+UseSerialGC -cp "pod-bench/target/pod-bench-0.1.0-SNAPSHOT.jar:pod-bench/target/lib/*" \
  io.whalepod.bench.BenchMain "$@"; }
read -r pause busybox < <(bench --images)   # builds whalepod/pause and whalepod/busybox if missing
bash scripts/bench-setup.sh "$pause" "$busybox"
bench --doc docs/benchmarks.md "$@"
