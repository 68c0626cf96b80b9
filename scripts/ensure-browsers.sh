#!/usr/bin/env bash
# Makes sure the browsers the tests drive are here and are Debian's current packages, as on a
# fresh machine, then prints the versions tested with. Usage: ensure-browsers.sh chromium|engines
#   chromium: Debian's Chromium for Playwright (e2e/*.spec.ts). CHROMIUM_PATH overrides.
#   engines:  Firefox ESR, WebKitGTK's WebKitWebDriver and MiniBrowser, and xvfb-run for the
#             cross-engine tests (e2e/engines). FIREFOX_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH override.
# As root with apt-get, it updates the package lists and installs each package that is missing or
# older than Debian's candidate (an older browser can pass where a fresh machine fails). Fails with
# a message when a browser is missing.
set -euo pipefail

group="${1:?usage: ensure-browsers.sh chromium|engines}"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
WEBKIT_DRIVER="${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}"
MINIBROWSER="${MINIBROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"

case "$group" in
  chromium) PACKAGES=(chromium) ;;
  # MiniBrowser comes with libwebkit2gtk-4.1-0; webkit2gtk-driver needs the same version of it.
  engines) PACKAGES=(firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb xauth) ;;
  *) echo "ensure-browsers: unknown group '$group' (chromium or engines)" >&2; exit 2 ;;
esac

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  # Wait for another apt or dpkg run to finish instead of failing on its lock.
  lock=(-o DPkg::Lock::Timeout=300)
  if ! apt-get "${lock[@]}" update -qq; then
    echo "ensure-browsers: apt-get update failed; checking the browsers already installed." >&2
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
    echo "ensure-browsers: installing ${wanted[*]}..."
    apt-get "${lock[@]}" install -y -qq "${wanted[@]}" >/dev/null
  fi
fi

missing=()
if [ "$group" = chromium ]; then
  [ -x "$CHROMIUM" ] || missing+=("Chromium at $CHROMIUM (Debian: apt-get install chromium), or set CHROMIUM_PATH")
else
  [ -x "$FIREFOX" ] || missing+=("Firefox ESR at $FIREFOX (Debian: apt-get install firefox-esr)")
  [ -x "$WEBKIT_DRIVER" ] || missing+=("WebKitWebDriver at $WEBKIT_DRIVER (Debian: apt-get install webkit2gtk-driver)")
  [ -x "$MINIBROWSER" ] || missing+=("MiniBrowser at $MINIBROWSER (Debian: apt-get install libwebkit2gtk-4.1-0)")
  command -v xvfb-run >/dev/null 2>&1 || missing+=("xvfb-run (Debian: apt-get install xvfb xauth)")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "ensure-browsers: the browser tests need:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi

if [ "$group" = chromium ]; then
  # Debian's wrapper script prints a harmless shell warning on some machines; keep the version line.
  echo "ensure-browsers: testing with $("$CHROMIUM" --version 2>/dev/null | grep -m1 -i chromium)"
else
  webkit="$(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null || echo unknown)"
  echo "ensure-browsers: testing with $("$FIREFOX" --version 2>/dev/null | head -n 1) and WebKitGTK $webkit"
fi
