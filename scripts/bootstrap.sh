#!/usr/bin/env bash
# Installs what websight needs and is missing: Chromium (and the fonts pages render with) through the system
# package manager, and the Tailwind CSS 2.2.19 stylesheet through npm into the user's cache.
# Safe to run again: it only acts on what is missing. Exits non-zero with one message if it cannot.
set -euo pipefail

TAILWIND_VERSION=2.2.19
TAILWIND_SHA256=b6ad97402eddb903e7a5d7a73ee47a679204efbdda4521a391cbad9df509b932
TAILWIND_CSS="${WEBSIGHT_TAILWIND_CSS:-${XDG_CACHE_HOME:-$HOME/.cache}/websight/tailwindcss-$TAILWIND_VERSION/tailwind.min.css}"
APT_PACKAGES=(chromium chromium-headless-shell fonts-liberation fonts-dejavu-core)

fail() {
  echo "websight setup: $*" >&2
  exit 1
}

need_dotnet() {
  command -v dotnet >/dev/null 2>&1 || fail "the .NET SDK 10 is not installed; install it from https://dot.net (dotnet-sdk-10.0)."
  local major
  major="$(dotnet --version 2>/dev/null | cut -d. -f1)"
  [[ "${major:-0}" -ge 10 ]] || fail "the .NET SDK is version $(dotnet --version); websight needs 10 or newer."
}

have_browser() {
  [[ -n "${WEBSIGHT_CHROMIUM:-}" && -x "${WEBSIGHT_CHROMIUM}" ]] && return 0
  [[ -x /usr/lib/chromium/chromium-headless-shell || -x /usr/bin/chromium || -x /usr/bin/google-chrome ]]
}

missing_packages() {
  local missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  echo "${missing[@]:-}"
}

install_browser() {
  if ! command -v apt-get >/dev/null 2>&1; then
    have_browser && return 0
    fail "no Chromium found and no apt-get to install it; install Chromium and set WEBSIGHT_CHROMIUM to its binary."
  fi
  local missing
  missing="$(missing_packages)"
  [[ -z "$missing" ]] && return 0
  local sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    elif have_browser; then
      echo "websight setup: optional packages missing ($missing); install them with: sudo apt-get install -y $missing" >&2
      return 0
    else
      fail "Chromium is not installed and this user cannot install it; run: sudo apt-get update && sudo apt-get install -y $missing"
    fi
  fi
  echo "websight setup: installing $missing ..." >&2
  # shellcheck disable=SC2086
  if ! { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq $missing >/dev/null; }; then
    fail "could not install $missing with apt-get; install them by hand: apt-get update && apt-get install -y $missing"
  fi
}

sha_ok() {
  [[ -f "$1" ]] && [[ "$(sha256sum "$1" | cut -d' ' -f1)" == "$TAILWIND_SHA256" ]]
}

fetch_tailwind() {
  sha_ok "$TAILWIND_CSS" && return 0
  # Packages come through their own client, so npm is required once, until the sheet is cached.
  command -v npm >/dev/null 2>&1 \
    || fail "npm is not installed; it fetches tailwindcss@$TAILWIND_VERSION. Install Node.js and npm (sudo apt-get install -y npm), then run again."
  local work
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' RETURN
  echo "websight setup: fetching tailwindcss@$TAILWIND_VERSION with npm ..." >&2
  (cd "$work" && npm pack "tailwindcss@$TAILWIND_VERSION" --silent >/dev/null 2>&1) || true
  [[ -f "$work/tailwindcss-$TAILWIND_VERSION.tgz" ]] \
    || fail "npm could not download tailwindcss@$TAILWIND_VERSION; check that npm can reach its registry (npm ping), then run again."
  tar -xzf "$work/tailwindcss-$TAILWIND_VERSION.tgz" -C "$work" package/dist/tailwind.min.css
  sha_ok "$work/package/dist/tailwind.min.css" || fail "the downloaded tailwind.min.css does not match its known checksum."
  mkdir -p "$(dirname "$TAILWIND_CSS")"
  mv "$work/package/dist/tailwind.min.css" "$TAILWIND_CSS.tmp"
  mv "$TAILWIND_CSS.tmp" "$TAILWIND_CSS"
}

need_dotnet
install_browser
fetch_tailwind
