// SPDX-License-Identifier: Apache-2.0
// UTF-8 validation with Rust's rules (core::str::from_utf8): no overlong forms, no surrogates
// (U+D800..U+DFFF), nothing above U+10FFFF. parity-scale-codec rejects a String that fails them:
// https://github.com/paritytech/parity-scale-codec/blob/085b1ba8ba2fd4fcd3922afed07a034c1cb885d0/src/codec.rs#L1083
#pragma once

#include <cstddef>

#include "codec/int_types.hpp"

namespace rt::codec {

/// True when bytes [p, p + n) are well-formed UTF-8.
constexpr bool isValidUtf8(const u8* p, std::size_t n) {
  std::size_t i = 0;
  while (i < n) {
    const u8 b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    u8 lo = 0x80;  // allowed range of the first continuation byte
    u8 hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      if (b == 0xE0) lo = 0xA0;  // overlong
      if (b == 0xED) hi = 0x9F;  // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      if (b == 0xF0) lo = 0x90;  // overlong
      if (b == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      return false;  // 0x80..0xC1 (continuation or overlong lead), 0xF5..0xFF
    }
    if (len > n - i) return false;
    if (p[i + 1] < lo || p[i + 1] > hi) return false;
    for (std::size_t k = 2; k < len; ++k) {
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return false;
    }
    i += len;
  }
  return true;
}

}  // namespace rt::codec
