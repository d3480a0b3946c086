// SPDX-License-Identifier: Apache-2.0
// twox over libxxhash's XXH64 (one-shot, so no streaming state to manage).
#include "host/hashing/twox.hpp"

#include <xxhash.h>

#include <cstddef>

namespace rt::hostlib::hashing {

namespace {

/// Writes XXH64(data, seed) for seeds 0..N/8-1, each as 8 little-endian bytes, into `out`.
template <std::size_t N>
std::array<uint8_t, N> twox(std::span<const uint8_t> data) {
  static_assert(N % 8 == 0);
  std::array<uint8_t, N> out{};
  for (std::size_t seed = 0; seed < N / 8; ++seed) {
    const uint64_t h = xxh64(data, seed);
    for (std::size_t b = 0; b < 8; ++b) out[seed * 8 + b] = static_cast<uint8_t>(h >> (8 * b));
  }
  return out;
}

}  // namespace

uint64_t xxh64(std::span<const uint8_t> data, uint64_t seed) {
  return XXH64(data.data(), data.size(), seed);
}

Hash64 twox64(std::span<const uint8_t> data) { return twox<8>(data); }
Hash128 twox128(std::span<const uint8_t> data) { return twox<16>(data); }
Hash256 twox256(std::span<const uint8_t> data) { return twox<32>(data); }

}  // namespace rt::hostlib::hashing
