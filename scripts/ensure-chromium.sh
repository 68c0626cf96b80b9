#!/usr/bin/env bash
# Makes sure a Chromium is there for the browser tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
# installed with apt-get when missing and we may (root, apt-get present).
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$path" ] && exit 0
fi
echo "No Chromium at $path. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
