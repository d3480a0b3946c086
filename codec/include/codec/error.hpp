// SPDX-License-Identifier: Apache-2.0
// Error codes of the SCALE codec.
//
// Decoding reports the first failure as a DecodeError (the decoder's error is sticky, see
// decoder.hpp); encoding can only fail when the caller's fixed-size buffer is too small. Both are
// one-byte enums with a toString() for logs, in the shape of kagome's error enums.
#pragma once

#include <cstdint>

namespace rt::codec {

/// Why a decode failed. The numeric values are stable; append new values at the end.
enum class DecodeError : std::uint8_t {
  Ok = 0,               ///< no error
  NotEnoughData,        ///< the input ended in the middle of a value
  InvalidBool,          ///< a bool byte other than 0 or 1
  InvalidOptionTag,     ///< an Option tag other than 0 or 1 (0..2 for OptionBool)
  InvalidResultTag,     ///< a Result tag other than 0 (Ok) or 1 (Err)
  InvalidVariant,       ///< an enum index that names no variant
  NonCanonicalCompact,  ///< a compact integer not in its shortest form
  CompactOverflow,      ///< a compact integer too large for its target type
  LengthTooLarge,       ///< a declared length that cannot fit in the remaining input
  DepthLimit,           ///< values nested deeper than the decoder's depth limit
  TrailingBytes,        ///< input left over after a whole-buffer decode
  InvalidUtf8,          ///< a string that is not valid UTF-8
  InvalidValue,         ///< a user hook rejected a decoded value
};

/// Why an encode failed.
enum class EncodeError : std::uint8_t {
  Ok = 0,          ///< no error
  BufferTooSmall,  ///< the caller's span is shorter than the encoding
};

/// A short English name for the error, for logs.
constexpr const char* toString(DecodeError e) {
  switch (e) {
    case DecodeError::Ok: return "ok";
    case DecodeError::NotEnoughData: return "not enough data";
    case DecodeError::InvalidBool: return "invalid bool";
    case DecodeError::InvalidOptionTag: return "invalid option tag";
    case DecodeError::InvalidResultTag: return "invalid result tag";
    case DecodeError::InvalidVariant: return "invalid enum variant";
    case DecodeError::NonCanonicalCompact: return "non-canonical compact integer";
    case DecodeError::CompactOverflow: return "compact integer out of range";
    case DecodeError::LengthTooLarge: return "length exceeds remaining input";
    case DecodeError::DepthLimit: return "nesting depth limit exceeded";
    case DecodeError::TrailingBytes: return "trailing bytes after value";
    case DecodeError::InvalidUtf8: return "invalid utf-8";
    case DecodeError::InvalidValue: return "invalid value";
  }
  return "unknown decode error";
}

/// A short English name for the error, for logs.
constexpr const char* toString(EncodeError e) {
  switch (e) {
    case EncodeError::Ok: return "ok";
    case EncodeError::BufferTooSmall: return "buffer too small";
  }
  return "unknown encode error";
}

}  // namespace rt::codec
