#!/usr/bin/env bash
# Fails when any container or volume that Whalepod created is still on the engine: a test or example leaked.
set -euo pipefail
export DOCKER_API_VERSION="${DOCKER_API_VERSION:-1.41}"
containers=$(docker ps -aq --filter label=io.whalepod.pod.uid)
volumes=$(docker volume ls -q --filter label=io.whalepod.pod.uid)
if [ -n "$containers$volumes" ]; then
  echo "LEAK: Whalepod resources left after the tests:" >&2
  [ -z "$containers" ] || docker ps -a --filter label=io.whalepod.pod.uid --format '  container {{.Names}} ({{.Status}})' >&2
  [ -z "$volumes" ] || docker volume ls --filter label=io.whalepod.pod.uid --format '  volume {{.Name}}' >&2
  exit 1
fi
echo "leak check: no container or volume labelled io.whalepod.pod.uid is left"
