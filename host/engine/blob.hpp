// SPDX-License-Identifier: Apache-2.0
// Runtime code as chains ship it: raw wasm, or Substrate's "compact.compressed" form (an 8-byte
// prefix, then one zstd frame), as sp-maybe-compressed-blob defines it.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "rt/result.hpp"

namespace rt::hostlib::engine {

/// sp_maybe_compressed_blob::ZSTD_PREFIX.
inline constexpr uint8_t kZstdPrefix[8] = {0x52, 0xbc, 0x53, 0x76, 0x46, 0xdb, 0x8e, 0x05};

/// sp_maybe_compressed_blob::CODE_BLOB_BOMB_LIMIT: a compressed runtime inflates to at most this.
inline constexpr size_t kCodeBlobBombLimit = 50 * 1024 * 1024;

/// The wasm module in `bytes`: itself, or inflated when it carries the zstd prefix. Fails with a
/// one-line reason (not wasm, corrupt frame, over the bomb limit).
rt::Result<std::vector<uint8_t>, std::string> runtimeCode(std::span<const uint8_t> bytes);

}  // namespace rt::hostlib::engine
