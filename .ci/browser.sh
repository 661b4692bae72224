#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test of internal/playground
# (TestBrowser, which skips without it). Idempotent and quiet: does nothing when
# $NEWSGRAPH_CHROMIUM or a chromium binary on $PATH is already there; prints
# apt's output only when the install fails. Needs root or sudo, and the Debian
# mirrors.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

if [ -n "${NEWSGRAPH_CHROMIUM:-}" ] && [ -x "${NEWSGRAPH_CHROMIUM}" ]; then
  exit 0
fi
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  SUDO=(sudo)
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { "${SUDO[@]}" apt-get update -qq &&
       "${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-liberation; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "browser.sh: installing chromium failed" >&2
  exit 1
fi
command -v chromium >/dev/null
