#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `make deps`: installs everything the project needs, idempotently, from Debian's archive and the
# npm registry only.
#   1. Debian packages (toolchain, libraries, tools) that are not installed yet.
#   2. bdwgc's source from Debian's source package (`apt-get source libgc`), through a private apt
#      configuration under build/deps/apt (deb-src entries derived from the system's own sources),
#      so the system's apt configuration is never edited.
#   3. npm packages pinned by the committed package-lock.json, into ./node_modules (`npm ci`).
# Prints what it does; a second run with nothing missing does nothing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
deps="${root}/build/deps"
mkdir -p "${deps}"

APT_PACKAGES=(
  clang-19 lld-19 llvm-19 wasi-libc libc++-19-dev-wasm32 libclang-rt-19-dev-wasm32
  binaryen wabt cmake ninja-build make zstd
  doctest-dev libmimalloc-dev libsodium-dev libsecp256k1-dev libxxhash-dev libzstd-dev nlohmann-json3-dev
  dpkg-dev ca-certificates
)
BDWGC_SOURCE_PACKAGE="libgc"
BDWGC_VERSION="8.2.2"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "deps: need root (or sudo) to run: $*" >&2; exit 1; fi
}

# --- 1. Debian packages ---
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then missing+=(nodejs npm); fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "deps: installing Debian packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- 2. bdwgc source (Debian source package) ---
bdwgc_dir="${deps}/bdwgc/${BDWGC_SOURCE_PACKAGE}-${BDWGC_VERSION}"
if [ ! -f "${bdwgc_dir}/include/gc.h" ]; then
  echo "deps: fetching bdwgc ${BDWGC_VERSION} source with apt-get source ${BDWGC_SOURCE_PACKAGE}"
  apt_dir="${deps}/apt"
  mkdir -p "${apt_dir}/etc" "${apt_dir}/lists/partial" "${apt_dir}/cache/archives/partial" "${deps}/bdwgc"
  : > "${apt_dir}/etc/deb-src.sources"
  shopt -s nullglob
  for f in /etc/apt/sources.list.d/*.sources; do  # deb822 entries: same archives, as deb-src
    sed -e 's/^Types:.*$/Types: deb-src/' "$f" >> "${apt_dir}/etc/deb-src.sources"
    echo >> "${apt_dir}/etc/deb-src.sources"
  done
  if [ -f /etc/apt/sources.list ]; then  # one-line entries
    grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > "${apt_dir}/etc/deb-src.list" || true
  fi
  apt_opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=${apt_dir}/etc"
            -o "Dir::State::Lists=${apt_dir}/lists" -o "Dir::Cache=${apt_dir}/cache"
            -o "APT::Sandbox::User=root")
  apt-get "${apt_opts[@]}" update -q
  (cd "${deps}/bdwgc" && apt-get "${apt_opts[@]}" source -q "${BDWGC_SOURCE_PACKAGE}=${BDWGC_VERSION}-*" \
     || apt-get "${apt_opts[@]}" source -q "${BDWGC_SOURCE_PACKAGE}")
  [ -f "${bdwgc_dir}/include/gc.h" ] || { echo "deps: bdwgc source not found at ${bdwgc_dir}" >&2; exit 1; }
fi

# --- 3. npm packages (pinned by package-lock.json) ---
if ! cmp -s "${root}/package-lock.json" "${root}/node_modules/.rt-package-lock.json"; then
  echo "deps: installing npm packages (npm ci)"
  (cd "${root}" && npm ci --no-audit --no-fund --loglevel=error)
  cp "${root}/package-lock.json" "${root}/node_modules/.rt-package-lock.json"
fi

touch "${deps}/.stamp"
echo "deps: all present"
