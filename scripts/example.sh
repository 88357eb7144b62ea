#!/usr/bin/env bash
# Runs one of the Java examples, e.g. `bash scripts/example.sh ProxyExample`. Builds through ./whalepod: its
# build of pod-cli packages pod-examples (and its target/lib) too, pod-cli depending on it for the local images.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/whalepod" version >/dev/null
[ -n "${DOCKER_HOST:-}" ] || [ -S /var/run/docker.sock ] || bash "$root/scripts/engine.sh"
cd "$root"
exec java -cp "pod-examples/target/pod-examples-0.1.0-SNAPSHOT.jar:pod-examples/target/lib/*" \
  "io.whalepod.examples.${1:?name of an example, e.g. ProxyExample}" "${@:2}"
