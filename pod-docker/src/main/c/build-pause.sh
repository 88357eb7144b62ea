#!/usr/bin/env bash
# Builds Whalepod's pause binary: static, no libc, about half a kilobyte.
# Usage: build-pause.sh OUTDIR   (writes OUTDIR/pause; Maven runs it in generate-resources)
# CC may name another gcc (for example a cross compiler); the target is taken from it.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 OUTDIR" >&2
  exit 2
fi
outdir=$1
src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/pause.c"
cc=${CC:-gcc}

if ! command -v "$cc" >/dev/null 2>&1; then
  echo "build-pause.sh: ERROR: '$cc' not found; the pause binary needs gcc (Debian: apt-get install gcc)" >&2
  exit 1
fi

# The compiler's target decides, not the host, so a cross gcc works too.
target=$("$cc" -dumpmachine)
case "$target" in
  x86_64-*) arch_flags=(-fcf-protection=none) ;;      # no .note.gnu.property / endbr64
  aarch64-*) arch_flags=(-mbranch-protection=none) ;;
  *)
    echo "build-pause.sh: ERROR: unsupported target '$target' (pause.c has x86_64 and aarch64 only)" >&2
    exit 1
    ;;
esac

mkdir -p "$outdir"
tmp="$outdir/pause.tmp.$$"
trap 'rm -f "$tmp"' EXIT

# -fno-pie/-no-pie: no relocations or dynamic section; -Wl,-n: no page padding
# between headers and code (the file shrinks from ~4.5 kB to ~0.5 kB).
"$cc" -std=c11 -Wall -Wextra -Werror \
  -Os -nostdlib -static -fno-pie -no-pie -s \
  -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -fno-ident \
  -fno-builtin -ffreestanding \
  "${arch_flags[@]}" \
  -Wl,--build-id=none -Wl,-n -Wl,-z,norelro -Wl,-z,noexecstack -Wl,--gc-sections \
  -o "$tmp" "$src"

mv -f "$tmp" "$outdir/pause"
chmod 0755 "$outdir/pause"
echo "build-pause.sh: $outdir/pause ($(wc -c <"$outdir/pause") bytes, $target)"
