#!/usr/bin/env bash
# Installs the OS browsers the tests drive (Debian/Ubuntu). Safe to run repeatedly: when
# everything is present it only says so. Test tools never download browsers themselves.
set -euo pipefail

PACKAGES=(chromium firefox-esr webkit2gtk-driver xvfb xauth fonts-dejavu-core)

have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/bin/$1" ]; }

missing_tools() {
  local m=()
  have chromium || have chromium-browser || m+=("chromium")
  have firefox-esr || m+=("firefox-esr")
  have WebKitWebDriver || m+=("WebKitWebDriver")
  have xvfb-run || m+=("xvfb-run")
  have xauth || m+=("xauth") # xvfb-run cannot start Xvfb without it
  echo "${m[*]}"
}

missing=$(missing_tools)
if [ -z "$missing" ]; then
  echo "setup:browsers: chromium, firefox-esr, WebKitWebDriver and xvfb-run are installed."
  exit 0
fi

if ! have apt-get; then
  echo "setup:browsers: no apt-get here; missing: $missing. 'npm test' uses an installed Google Chrome (or CHROME_PATH); Firefox and WebKit runs need Debian/Ubuntu packages."
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif have sudo; then
  SUDO=(sudo)
else
  echo "setup:browsers: missing $missing; run as root: apt-get install -y --no-install-recommends ${PACKAGES[*]}" >&2
  exit 1
fi

echo "setup:browsers: missing $missing; installing with apt-get..."
"${SUDO[@]}" apt-get update -qq
# Ubuntu has no firefox-esr and ships chromium only as a snap: install what the archive has.
available=() unavailable=()
for p in "${PACKAGES[@]}"; do
  if apt-cache show "$p" >/dev/null 2>&1; then available+=("$p"); else unavailable+=("$p"); fi
done
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${available[@]}"

missing=$(missing_tools)
if [ -z "$missing" ]; then
  echo "setup:browsers: done."
else
  echo "setup:browsers: still missing: $missing (not in this distribution's archive: ${unavailable[*]:-none})." \
    "Set CHROME_PATH / FIREFOX_PATH to other installs, or skip those engines via BROWSERS."
fi
