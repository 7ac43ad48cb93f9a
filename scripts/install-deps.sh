#!/usr/bin/env bash
# Installs everything precis needs to build, test and run on Debian 12 (run as root, or with sudo).
# Every package is a Debian package; nothing is downloaded from anywhere else.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PKGS=(
  build-essential cmake ninja-build pkg-config
  libsimdjson-dev nlohmann-json3-dev
  libicu-dev libstemmer-dev libre2-dev libxxhash-dev
  libxml2-dev libuchardet-dev libarchive-dev zlib1g-dev libzstd-dev
  libcld2-dev libglpk-dev
  libcli11-dev libfmt-dev
  libsqlite3-dev libhowardhinnant-date-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  wordnet-base ccache
  clang libclang-rt-14-dev
)
# Skip apt entirely when everything is already there (fast re-runs, offline machines).
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
