#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test of internal/playground when it is missing.
# Idempotent and quiet: does nothing when a chromium binary is already present.
# Usage: .ci/browser.sh   (as root, or with sudo available)
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

if [ -n "${NEWSGRAPH_CHROMIUM:-}" ] && [ -x "${NEWSGRAPH_CHROMIUM}" ]; then
  exit 0
fi
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  SUDO=(sudo)
fi
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
command -v chromium >/dev/null
