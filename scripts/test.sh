#!/usr/bin/env bash
# Runs every test: unit tests and the integration tests against a real Docker engine (started if needed).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/engine.sh
mvn -B -ntp verify "$@"
