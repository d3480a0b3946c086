// SPDX-License-Identifier: Apache-2.0
// Hex helpers for the host tests (hashing and trie): parse "0x…"/bare lowercase or uppercase hex,
// format bytes as lowercase hex without a prefix, and turn a string literal into bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rt/assert.hpp"

namespace rt::hostlib::test {

/// Value of one hex digit, or -1.
inline int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Bytes of `s` (an optional "0x" prefix, then an even number of hex digits), or nullopt.
inline std::optional<std::vector<uint8_t>> parseHex(std::string_view s) {
  if (s.starts_with("0x")) s.remove_prefix(2);
  if (s.size() % 2 != 0) return std::nullopt;
  std::vector<uint8_t> out(s.size() / 2);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int hi = hexDigit(s[2 * i]), lo = hexDigit(s[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out[i] = static_cast<uint8_t>(hi << 4 | lo);
  }
  return out;
}

/// Bytes of `s`, which must be valid hex (for literals in tests).
inline std::vector<uint8_t> unhex(std::string_view s) {
  auto r = parseHex(s);
  RT_ASSERT(r.has_value());
  return std::move(*r);
}

/// Lowercase hex of `b`, no prefix.
inline std::string toHex(std::span<const uint8_t> b) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * b.size());
  for (uint8_t x : b) {
    out.push_back(kDigits[x >> 4]);
    out.push_back(kDigits[x & 15]);
  }
  return out;
}

/// The bytes of a text literal, without a terminator.
inline std::span<const uint8_t> bytesOf(std::string_view s) {
  return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

}  // namespace rt::hostlib::test
