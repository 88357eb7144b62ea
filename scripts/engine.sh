#!/usr/bin/env bash
# Makes sure a Docker engine answers: DOCKER_HOST if set, else /var/run/docker.sock.
# When none answers, installs Debian's docker.io (once) and starts dockerd in the background.
# Source it (exports DOCKER_API_VERSION) or run it; progress goes to stderr.
set -euo pipefail
# The machine's docker CLI is newer than Debian's engine; pin the API both speak.
export DOCKER_API_VERSION="${DOCKER_API_VERSION:-1.41}"

engine_answers() { docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

if ! engine_answers; then
  if [ -n "${DOCKER_HOST:-}" ] && [ "${DOCKER_HOST#unix://}" = "$DOCKER_HOST" ]; then
    echo "whalepod: DOCKER_HOST=$DOCKER_HOST does not answer" >&2; exit 1
  fi
  if ! command -v dockerd >/dev/null 2>&1; then
    echo "whalepod: installing Debian's docker.io (first run only)..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends docker.io >/dev/null
  fi
  echo "whalepod: starting dockerd..." >&2
  log=/var/log/whalepod-dockerd.log
  # setsid: the engine must outlive the shell (and the CI step) that started it.
  setsid nohup dockerd >"$log" 2>&1 < /dev/null &
  for _ in $(seq 1 120); do
    engine_answers && break
    sleep 0.5
  done
  engine_answers || { echo "whalepod: dockerd did not answer within 60 s; see $log" >&2; tail -20 "$log" >&2; exit 1; }
fi
