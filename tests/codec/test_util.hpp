// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the codec tests: hex conversion, decimal text for 128-bit integers, and
// checkRoundTrip(), which pins a value to its expected bytes and checks every invariant the codec
// promises for it (encodedSize, decode, encodeInto, rejected truncations and trailing bytes).
#pragma once

#include <doctest/doctest.h>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "codec/codec.hpp"

// codec_test builds with DOCTEST_CONFIG_DOUBLE_STRINGIFY: doctest's unqualified toString(x) finds
// rt::codec::toString(DecodeError) by ADL, and the second toString() must print that const char*
// as text rather than as a pointer.
template <>
struct doctest::StringMaker<const char*> {
  static doctest::String convert(const char* s) { return s != nullptr ? s : "(null)"; }
};

namespace rt::codec::test {

/// Bytes of a hex string, with or without a leading "0x"; fails the test on a malformed string.
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

/// Decimal text of a signed 128-bit integer.
inline std::string toDecimal(i128 v) {
  if (v >= 0) return toDecimal(static_cast<u128>(v));
  return "-" + toDecimal(static_cast<u128>(0) - static_cast<u128>(v));
}

/// a == b where T has operator==, otherwise equal encodings (rt::Result has no operator==).
template <class T>
bool sameValue(const T& a, const T& b) {
  if constexpr (requires { a == b; }) {
    return static_cast<bool>(a == b);
  } else {
    return encode(a) == encode(b);
  }
}

/// The error decoding `bytes` as a whole T gives (DecodeError::Ok on success).
template <class T>
DecodeError decodeError(std::span<const u8> bytes) {
  auto r = decode<T>(bytes);
  return r.has_value() ? DecodeError::Ok : r.error();
}

/// The error decoding hex as a whole T gives (DecodeError::Ok on success).
template <class T>
DecodeError decodeError(std::string_view hex) {
  const auto bytes = fromHex(hex);
  return decodeError<T>(std::span<const u8>(bytes));
}

/// Every strict prefix of a valid encoding must be rejected, never trap, never succeed.
template <class T>
void checkTruncationsRejected(std::span<const u8> bytes) {
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    const DecodeError e = decodeError<T>(bytes.first(n));
    CHECK_MESSAGE(e != DecodeError::Ok, "prefix of length " << n << " of " << toHex(bytes) << " decoded");
    CHECK_MESSAGE(e != DecodeError::TrailingBytes, "prefix " << n << " of " << toHex(bytes));
  }
}

/// Encodes v, expects `hex`, and checks encodedSize, decode (equal value), encodeInto (exact and
/// short buffers), truncations and a trailing byte.
template <class T>
void checkRoundTrip(const T& v, std::string_view hex) {
  const std::vector<u8> bytes = encode(v);
  CHECK(toHex(bytes) == hex);
  CHECK(encodedSize(v) == bytes.size());

  auto r = decode<T>(bytes);
  REQUIRE_MESSAGE(r.has_value(), "decode failed: " << toString(r.error()) << " for " << std::string(hex));
  CHECK(sameValue(*r, v));

  std::vector<u8> buf(bytes.size() + 3, 0xAA);
  auto written = encodeInto(std::span<u8>(buf), v);
  REQUIRE(written.has_value());
  CHECK(*written == bytes.size());
  CHECK(toHex(std::span<const u8>(buf.data(), bytes.size())) == hex);
  CHECK(buf[bytes.size()] == 0xAA);
  if (!bytes.empty()) {
    auto short_write = encodeInto(std::span<u8>(buf.data(), bytes.size() - 1), v);
    REQUIRE_FALSE(short_write.has_value());
    CHECK(short_write.error() == EncodeError::BufferTooSmall);
  }

  checkTruncationsRejected<T>(bytes);
  std::vector<u8> longer = bytes;
  longer.push_back(0);
  CHECK(decodeError<T>(std::span<const u8>(longer)) == DecodeError::TrailingBytes);
}

}  // namespace rt::codec::test
