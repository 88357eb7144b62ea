#!/usr/bin/env bash
# Installs the benchmark's peers (Debian's podman 4.3 and docker-compose 1.29) and prepares podman to run
# offline: a containers.conf with runc, cgroupfs and the local pause image as infra, then the local pause and busybox
# images loaded from Docker.
# A peer that cannot be installed is reported here and skipped by the benchmark, which prints why.
set -uo pipefail
export DOCKER_API_VERSION="${DOCKER_API_VERSION:-1.41}"
export DEBIAN_FRONTEND=noninteractive

install_if_missing() { # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "bench-setup: installing Debian's $2..." >&2
  [ -n "${apt_updated:-}" ] || { apt-get update -qq >/dev/null 2>&1; apt_updated=1; }
  apt-get install -y -qq --no-install-recommends "$2" >/dev/null 2>&1 \
    || echo "bench-setup: could not install $2: its rows will say SKIPPED" >&2
}

install_if_missing docker-compose docker-compose
install_if_missing podman podman

if command -v podman >/dev/null 2>&1; then
  pause_image="${1:?usage: bench-setup.sh PAUSE_IMAGE BUSYBOX_IMAGE}"
  busybox_image="${2:?usage: bench-setup.sh PAUSE_IMAGE BUSYBOX_IMAGE}"
  mkdir -p /etc/containers
  # podman 4.3 in this VM: nofile above the hard limit fails, systemd is absent, journald too.
  cat >/etc/containers/containers.conf <<CONF
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
infra_image = "localhost/$pause_image"
CONF
  for image in "$pause_image" "$busybox_image"; do
    if ! podman image exists "localhost/$image" 2>/dev/null; then
      echo "bench-setup: loading $image into podman..." >&2
      docker save "$image" | podman load -q >/dev/null || echo "bench-setup: podman load of $image failed" >&2
    fi
  done
fi
