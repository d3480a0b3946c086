// SPDX-License-Identifier: Apache-2.0
// XXH64 and Substrate's twox_64/128/256 as constexpr functions, so every storage prefix
// (`twox128(pallet) ++ twox128(item)`) is a compile-time constant and no host call is spent on it.
//
// XXH64: the algorithm of xxHash's reference (xxhash.h, XXH64 with its PRIME64_1..5, round,
// merge-round and avalanche steps), here over a byte string. twox_N: N/64 XXH64 digests with seeds
// 0, 1, ... concatenated, each little-endian (sp-crypto-hashing twox_64/128/256). Checked against
// the host's ext_hashing_twox_* in tests/runtime/support/twox_test.cpp.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace rt::support {

namespace detail {

inline constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
inline constexpr uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;
inline constexpr uint64_t kPrime3 = 0x165667B19E3779F9ULL;
inline constexpr uint64_t kPrime4 = 0x85EBCA77C2B2AE63ULL;
inline constexpr uint64_t kPrime5 = 0x27D4EB2F165667C5ULL;

constexpr uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

template <typename Bytes>
constexpr uint64_t read64(const Bytes& p, size_t i) {
  uint64_t v = 0;
  for (int k = 7; k >= 0; --k) v = (v << 8) | static_cast<uint8_t>(p[i + static_cast<size_t>(k)]);
  return v;
}

template <typename Bytes>
constexpr uint32_t read32(const Bytes& p, size_t i) {
  uint32_t v = 0;
  for (int k = 3; k >= 0; --k) v = (v << 8) | static_cast<uint8_t>(p[i + static_cast<size_t>(k)]);
  return v;
}

constexpr uint64_t round(uint64_t acc, uint64_t input) {
  acc += input * kPrime2;
  acc = rotl(acc, 31);
  return acc * kPrime1;
}

constexpr uint64_t mergeRound(uint64_t acc, uint64_t val) {
  acc ^= round(0, val);
  return acc * kPrime1 + kPrime4;
}

}  // namespace detail

/// XXH64 of `len` bytes of `p` (anything indexable as bytes: a string_view, an array, a span).
template <typename Bytes>
constexpr uint64_t xxh64(const Bytes& p, size_t len, uint64_t seed) {
  using namespace detail;
  size_t i = 0;
  uint64_t h = 0;
  if (len >= 32) {
    uint64_t v1 = seed + kPrime1 + kPrime2, v2 = seed + kPrime2, v3 = seed, v4 = seed - kPrime1;
    for (; i + 32 <= len; i += 32) {
      v1 = round(v1, read64(p, i));
      v2 = round(v2, read64(p, i + 8));
      v3 = round(v3, read64(p, i + 16));
      v4 = round(v4, read64(p, i + 24));
    }
    h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18);
    h = mergeRound(h, v1);
    h = mergeRound(h, v2);
    h = mergeRound(h, v3);
    h = mergeRound(h, v4);
  } else {
    h = seed + kPrime5;
  }
  h += static_cast<uint64_t>(len);
  for (; i + 8 <= len; i += 8) {
    h ^= round(0, read64(p, i));
    h = rotl(h, 27) * kPrime1 + kPrime4;
  }
  if (i + 4 <= len) {
    h ^= static_cast<uint64_t>(read32(p, i)) * kPrime1;
    h = rotl(h, 23) * kPrime2 + kPrime3;
    i += 4;
  }
  for (; i < len; ++i) {
    h ^= static_cast<uint64_t>(static_cast<uint8_t>(p[i])) * kPrime5;
    h = rotl(h, 11) * kPrime1;
  }
  h ^= h >> 33;
  h *= kPrime2;
  h ^= h >> 29;
  h *= kPrime3;
  h ^= h >> 32;
  return h;
}

/// twox_{8·N}: N/8 XXH64 digests (seeds 0..) of `data`, little-endian, concatenated.
template <size_t N, typename Bytes>
constexpr std::array<uint8_t, N> twox(const Bytes& data, size_t len) {
  static_assert(N % 8 == 0);
  std::array<uint8_t, N> out{};
  for (size_t s = 0; s < N / 8; ++s) {
    const uint64_t h = xxh64(data, len, s);
    for (size_t k = 0; k < 8; ++k) out[s * 8 + k] = static_cast<uint8_t>(h >> (8 * k));
  }
  return out;
}

constexpr std::array<uint8_t, 16> twox128(std::string_view s) { return twox<16>(s, s.size()); }
constexpr std::array<uint8_t, 8> twox64(std::string_view s) { return twox<8>(s, s.size()); }

}  // namespace rt::support
