// SPDX-License-Identifier: Apache-2.0
// Hex for keys, seeds and signatures at the edges (secret URIs "0x…", the test CLI, vectors).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "host/crypto/bytes.hpp"
#include "host/crypto/error.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::crypto {

/// Lower-case hex with a "0x" prefix.
std::string toHex(ByteSpan bytes);

/// Decodes hex with or without "0x"; InvalidFormat on odd length or a non-hex digit.
rt::Result<ByteVec, CryptoError> fromHex(std::string_view hex);

/// Decodes hex of exactly N bytes; InvalidFormat, or InvalidSeedLength for another length.
template <size_t N>
rt::Result<Bytes<N>, CryptoError> fromHexFixed(std::string_view hex) {
  RT_TRY(ByteVec v, fromHex(hex));
  if (v.size() != N) return rt::Err(CryptoError::InvalidSeedLength);
  Bytes<N> out;
  for (size_t i = 0; i < N; ++i) out[i] = v[i];
  return out;
}

}  // namespace rt::hostlib::crypto
