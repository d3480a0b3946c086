// SPDX-License-Identifier: Apache-2.0
// See blob.hpp. Mirrors sp-maybe-compressed-blob's decompress (substrate/primitives/
// maybe-compressed-blob/src/lib.rs): prefix check, then a bounded zstd decode.
#include "host/engine/blob.hpp"

#include <zstd.h>

#include <cstring>

namespace rt::hostlib::engine {

namespace {
constexpr uint8_t kWasmMagic[4] = {0x00, 0x61, 0x73, 0x6d};
}

rt::Result<std::vector<uint8_t>, std::string> runtimeCode(std::span<const uint8_t> bytes) {
  std::vector<uint8_t> code;
  if (bytes.size() >= sizeof kZstdPrefix && std::memcmp(bytes.data(), kZstdPrefix, sizeof kZstdPrefix) == 0) {
    const auto frame = bytes.subspan(sizeof kZstdPrefix);
    ZSTD_DStream* stream = ZSTD_createDStream();
    ZSTD_initDStream(stream);
    ZSTD_inBuffer in{frame.data(), frame.size(), 0};
    std::vector<uint8_t> chunk(ZSTD_DStreamOutSize());
    size_t last = 1;
    while (in.pos < in.size) {
      ZSTD_outBuffer out{chunk.data(), chunk.size(), 0};
      last = ZSTD_decompressStream(stream, &out, &in);
      if (ZSTD_isError(last)) {
        ZSTD_freeDStream(stream);
        return rt::Err(std::string("corrupt compact.compressed runtime: ") + ZSTD_getErrorName(last));
      }
      code.insert(code.end(), chunk.begin(), chunk.begin() + static_cast<long>(out.pos));
      if (code.size() > kCodeBlobBombLimit) {
        ZSTD_freeDStream(stream);
        return rt::Err(std::string("compressed runtime inflates beyond the 50 MiB bomb limit"));
      }
      if (out.pos == 0 && last != 0 && in.pos == in.size) break;
    }
    ZSTD_freeDStream(stream);
    if (last != 0) return rt::Err(std::string("truncated compact.compressed runtime"));
  } else {
    code.assign(bytes.begin(), bytes.end());
  }
  if (code.size() < 8 || std::memcmp(code.data(), kWasmMagic, sizeof kWasmMagic) != 0) {
    return rt::Err(std::string("not a wasm module (no \\0asm magic, no zstd prefix)"));
  }
  return code;
}

}  // namespace rt::hostlib::engine
