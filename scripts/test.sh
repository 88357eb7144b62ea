#!/usr/bin/env bash
# Runs every test: unit tests and the integration tests against a real Docker engine (started if needed).
# A watchdog restarts the engine if it deadlocks (see scripts/engine-watchdog.sh); only then, and only once, the
# tests run again, after removing what the interrupted run left on the engine.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/engine.sh
deadlocks=$(mktemp)
bash scripts/engine-watchdog.sh "$deadlocks" &
watchdog=$!
trap 'kill "$watchdog" 2>/dev/null || true; rm -f "$deadlocks"' EXIT
status=0
mvn -B -ntp verify "$@" || status=$?
if [ "$status" -ne 0 ] && [ -s "$deadlocks" ]; then
  echo "whalepod: the engine deadlocked during the tests ($(cat "$deadlocks")); running them once more" >&2
  docker ps -aq --filter label=io.whalepod.pod.uid | xargs -r docker rm -f >/dev/null
  docker volume ls -q --filter label=io.whalepod.pod.uid | xargs -r docker volume rm >/dev/null
  : > "$deadlocks"
  status=0
  mvn -B -ntp verify "$@" || status=$?
fi
exit "$status"
