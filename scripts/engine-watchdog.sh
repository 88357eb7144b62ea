#!/usr/bin/env bash
# Watches the engine while the tests run (started by scripts/test.sh). Debian's dockerd 20.10.24 can deadlock in
# libnetwork when many pods' network namespaces are torn down at once (moby/moby#46661, fixed in 20.10.27, not in
# Debian 12): every request that touches a container then hangs for ever, and so would the suite. When
# `docker info` has not answered twice in a row, this records dockerd's goroutines (SIGUSR1, in /var/run/docker),
# restarts it and appends to the file named by $1, so the run fails at once instead of hanging, and test.sh knows
# why it failed.
set -uo pipefail
flag=$1
period=${WHALEPOD_WATCHDOG_PERIOD:-20}
misses=0
while sleep "$period"; do
  if timeout "$((period + 10))" docker info >/dev/null 2>&1; then
    misses=0
    continue
  fi
  misses=$((misses + 1))
  [ "$misses" -lt 2 ] && continue
  pid=$(pgrep -x dockerd) || { misses=0; continue; }
  echo "whalepod: dockerd did not answer twice in a row (libnetwork deadlock, moby/moby#46661);" \
    "its goroutines go to /var/run/docker; restarting it" >&2
  kill -USR1 "$pid"; sleep 2
  kill -9 "$pid"; sleep 2
  echo "engine restarted at $(date -u +%FT%TZ)" >> "$flag"
  bash "$(dirname "$0")/engine.sh" || true
  misses=0
done
