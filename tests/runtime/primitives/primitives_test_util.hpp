// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the runtime/primitives tests: hex conversion, decimal text for u128, and
// checkCodec(), which pins a value to its expected bytes and checks what the codec promises for
// it (encodedSize, decode to an equal value, every truncation and a trailing byte rejected).
//
// Error enums with a toString() (the codec's DecodeError, ExtrinsicError) are compared inside
// double parentheses, CHECK((a == b)): doctest would otherwise stringify them through that
// toString, found by ADL, which returns a const char* rather than a doctest::String.
#pragma once

#include <doctest/doctest.h>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "codec/codec.hpp"

namespace rt::runtime::primitives::test {

/// Bytes of a hex string, with or without "0x"; fails the test on malformed input.
inline std::vector<u8> fromHex(std::string_view hex) {
  if (hex.starts_with("0x")) hex.remove_prefix(2);
  REQUIRE_MESSAGE(hex.size() % 2 == 0, "odd hex length: " << std::string(hex));
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::vector<u8> out;
  out.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int hi = nibble(hex[i]);
    const int lo = nibble(hex[i + 1]);
    REQUIRE_MESSAGE((hi >= 0 && lo >= 0), "bad hex digit in " << std::string(hex));
    out.push_back(static_cast<u8>(hi * 16 + lo));
  }
  return out;
}

/// "0x" followed by lowercase hex.
inline std::string toHex(std::span<const u8> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = "0x";
  for (u8 b : bytes) {
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  return out;
}

/// Decimal text of an unsigned 128-bit integer.
inline std::string toDecimal(u128 v) {
  std::string out;
  do {
    out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  } while (v != 0);
  return out;
}

/// The codec error decoding `bytes` as one whole T gives (DecodeError::Ok on success).
template <class T>
codec::DecodeError decodeError(std::span<const u8> bytes) {
  auto r = codec::decode<T>(bytes);
  return r.has_value() ? codec::DecodeError::Ok : r.error();
}

/// decodeError() of a hex string.
template <class T>
codec::DecodeError decodeErrorHex(std::string_view hex) {
  const std::vector<u8> bytes = fromHex(hex);
  return decodeError<T>(bytes);
}

/// Every strict prefix of a valid encoding must fail to decode (and not as TrailingBytes).
template <class T>
void checkTruncationsRejected(std::span<const u8> bytes) {
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    const codec::DecodeError e = decodeError<T>(bytes.first(n));
    CHECK_MESSAGE((e != codec::DecodeError::Ok), "prefix " << n << " of " << toHex(bytes) << " decoded");
    CHECK_MESSAGE((e != codec::DecodeError::TrailingBytes), "prefix " << n << " of " << toHex(bytes));
  }
}

/// a == b, or equal encodings where T has no operator== (rt::Result).
template <class T>
bool sameValue(const T& a, const T& b) {
  if constexpr (requires { a == b; }) {
    return static_cast<bool>(a == b);
  } else {
    return codec::encode(a) == codec::encode(b);
  }
}

/// Encodes v, expects `hex`; checks encodedSize, decoding back to an equal value, truncations,
/// a trailing byte, and that the codec's minimum size is a lower bound of this encoding.
template <class T>
void checkCodec(const T& v, std::string_view hex) {
  const std::vector<u8> bytes = codec::encode(v);
  CHECK(toHex(bytes) == hex);
  CHECK(codec::encodedSize(v) == bytes.size());
  CHECK(codec::minEncodedSize<T>() <= bytes.size());
  auto r = codec::decode<T>(bytes);
  REQUIRE_MESSAGE(r.has_value(), "decode failed: " << codec::toString(r.error()) << " for " << std::string(hex));
  CHECK(sameValue(*r, v));
  checkTruncationsRejected<T>(bytes);
  std::vector<u8> longer = bytes;
  longer.push_back(0);
  CHECK((decodeError<T>(longer) == codec::DecodeError::TrailingBytes));
}

}  // namespace rt::runtime::primitives::test
