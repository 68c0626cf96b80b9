#!/usr/bin/env bash
# Makes sure the browsers for the cross-engine tests (e2e/engines) are here and current: Firefox ESR,
# WebKitGTK's WebKitWebDriver and MiniBrowser, and xvfb-run for a display. As root with apt-get, it
# updates the package lists once and installs each package that is missing or older than Debian's
# candidate; then it prints the versions the tests run with. Fails with a message when one is missing.
set -euo pipefail

FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
WEBKIT_DRIVER="${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}"
MINIBROWSER="${MINIBROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
# MiniBrowser comes with libwebkit2gtk-4.1-0; webkit2gtk-driver needs the same version of it.
PACKAGES=(firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb xauth)

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  # Wait for another apt or dpkg run to finish instead of failing on its lock.
  lock=(-o DPkg::Lock::Timeout=300)
  if ! apt-get "${lock[@]}" update -qq; then
    echo "ensure-engines: apt-get update failed; checking the browsers already installed." >&2
  fi
  wanted=()
  for package in "${PACKAGES[@]}"; do
    policy="$(apt-cache policy "$package" 2>/dev/null)"
    installed="$(awk '/Installed:/ { print $2 }' <<<"$policy")"
    candidate="$(awk '/Candidate:/ { print $2 }' <<<"$policy")"
    if [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then
      continue # Not known to apt here; the checks below say what is missing.
    fi
    if [ "$installed" != "$candidate" ]; then wanted+=("$package"); fi
  done
  if [ "${#wanted[@]}" -gt 0 ]; then
    echo "ensure-engines: installing ${wanted[*]}..."
    apt-get "${lock[@]}" install -y -qq "${wanted[@]}" >/dev/null
  fi
fi

missing=()
[ -x "$FIREFOX" ] || missing+=("Firefox ESR at $FIREFOX (Debian: apt-get install firefox-esr)")
[ -x "$WEBKIT_DRIVER" ] || missing+=("WebKitWebDriver at $WEBKIT_DRIVER (Debian: apt-get install webkit2gtk-driver)")
[ -x "$MINIBROWSER" ] || missing+=("MiniBrowser at $MINIBROWSER (Debian: apt-get install libwebkit2gtk-4.1-0)")
command -v xvfb-run >/dev/null 2>&1 || missing+=("xvfb-run (Debian: apt-get install xvfb xauth)")
if [ "${#missing[@]}" -gt 0 ]; then
  echo "ensure-engines: the cross-engine browser tests need:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "Install them (as root, this script does it with apt-get) or set FIREFOX_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH." >&2
  exit 1
fi

webkit="$(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null || echo unknown)"
echo "ensure-engines: testing with $("$FIREFOX" --version 2>/dev/null | head -n 1) and WebKitGTK $webkit"
