#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Writes a Substrate "compact.compressed" runtime: the 8-byte magic prefix 52 bc 53 76 46 db 8e 05
# (sp_maybe_compressed_blob::ZSTD_PREFIX, substrate/primitives/maybe-compressed-blob/src/lib.rs)
# followed by one zstd frame of the raw wasm. Hosts decompress it with a 50 MiB bomb limit.
# usage: compress_runtime.sh IN.wasm OUT.compact.compressed.wasm
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 IN.wasm OUT.compact.compressed.wasm" >&2; exit 2; }
[ -f "$1" ] || { echo "compress_runtime: no such file: $1" >&2; exit 1; }
tmp="$2.tmp"
printf '\x52\xbc\x53\x76\x46\xdb\x8e\x05' > "$tmp"
zstd -q -19 -c "$1" >> "$tmp"
mv "$tmp" "$2"
