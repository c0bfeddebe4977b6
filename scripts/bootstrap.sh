#!/usr/bin/env bash
# Installs what websight needs and is missing: Chromium (and the fonts pages render with) through the system
# package manager, the Tailwind CSS 2.2.19 stylesheet through npm into the user's cache, and the Tailwind 3 and 4
# compilers (the --tailwind 3|4 profiles) with npm ci of the committed scripts/tailwind/N lock files into the cache.
# Safe to run again: it only acts on what is missing. Exits non-zero with one message if it cannot.
set -euo pipefail

TAILWIND_VERSION=2.2.19
TAILWIND_SHA256=b6ad97402eddb903e7a5d7a73ee47a679204efbdda4521a391cbad9df509b932
TAILWIND_CSS="${WEBSIGHT_TAILWIND_CSS:-${XDG_CACHE_HOME:-$HOME/.cache}/websight/tailwindcss-$TAILWIND_VERSION/tailwind.min.css}"
TAILWIND_COMPILERS="${XDG_CACHE_HOME:-$HOME/.cache}/websight"
SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# fonts-noto-cjk: Japanese and Chinese pages (--locales ja,zh) would otherwise render every glyph as a box;
# Liberation and DejaVu cover the Latin-extended letters of Polish and the other Latin-script locales.
APT_PACKAGES=(chromium chromium-headless-shell fonts-liberation fonts-dejavu-core fonts-noto-cjk)

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

# Installs the compiler of profile $1 into the cache with npm ci: the lock file's integrity hashes pin and check every
# package. A marker holding the lock's hash makes a second run a file comparison; a changed lock installs again.
install_compiler() {
  local version="$1"
  local source="$SCRIPTS/tailwind/$version"
  local target="$TAILWIND_COMPILERS/tailwind-$version"
  local lock_hash
  lock_hash="$(cat "$source/package.json" "$source/package-lock.json" | sha256sum | cut -d' ' -f1)"
  [[ -f "$target/.installed" && "$(cat "$target/.installed")" == "$lock_hash" && -d "$target/node_modules" ]] && return 0
  command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1 \
    || fail "Node.js and npm are not installed; they run the Tailwind $version compiler. Install them (sudo apt-get install -y nodejs npm), then run again."
  echo "websight setup: installing the Tailwind CSS $version compiler with npm ci ..." >&2
  mkdir -p "$target"
  rm -f "$target/.installed"
  cp "$source/package.json" "$source/package-lock.json" "$target/"
  (cd "$target" && npm ci --no-audit --no-fund --silent >/dev/null 2>&1) \
    || fail "npm ci could not install the Tailwind CSS $version compiler into $target; check that npm can reach its registry (npm ping), then run again."
  echo "$lock_hash" >"$target/.installed"
}

need_dotnet
install_browser
fetch_tailwind
install_compiler 3
install_compiler 4
