// SPDX-License-Identifier: Apache-2.0
// Substrate secret URIs — `<phrase or 0xseed>[//hard][/soft]…[///password]` — and their derivation
// junctions. Ported from polkadot-sdk substrate/primitives/core/src/address_uri.rs
// @ 0476638c9d382514044e6787e2c2e9aa74e1ef5f (`AddressUri::parse`, the regex-free parser) and
// substrate/primitives/core/src/crypto.rs (`SecretUri::from_str`, `DeriveJunction::soft`/`hard`/
// `From<&str>`; `DEV_PHRASE` when the phrase is absent).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "host/crypto/bytes.hpp"
#include "host/crypto/error.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::crypto {

/// One step of a derivation path: the 32-byte chain code and whether it is hard ("//") or soft ("/").
struct DeriveJunction {
  ChainCode chain_code{};
  bool hard = false;

  /// `DeriveJunction::soft(index)` for SCALE-encoded `index`: the encoding itself, zero-padded to
  /// 32 bytes, or its blake2-256 when longer than 32 bytes.
  static DeriveJunction softFromEncoded(ByteSpan encoded);
  /// `DeriveJunction::hard(index)` for SCALE-encoded `index`.
  static DeriveJunction hardFromEncoded(ByteSpan encoded);
  /// `DeriveJunction::from(&str)` for one path element as the URI parser yields it: a leading "/"
  /// makes it hard; the rest is a u64 when it parses as one (SCALE u64), otherwise a SCALE string.
  static DeriveJunction fromPathElement(std::string_view element);

  bool operator==(const DeriveJunction&) const = default;
};

/// A parsed secret URI.
struct SecretUri {
  std::string phrase;                   ///< mnemonic or "0x"-hex seed; the dev phrase when absent
  std::vector<DeriveJunction> junctions;  ///< in path order
  std::optional<std::string> password;  ///< after "///"
};

/// `SecretUri::from_str`: InvalidFormat for characters outside the grammar (a phrase is
/// [A-Za-z0-9 ]*, path elements are non-empty, the password has no '\n').
rt::Result<SecretUri, CryptoError> parseSecretUri(std::string_view uri);

/// The SCALE encoding of a string: compact length ‖ UTF-8 bytes.
ByteVec scaleEncodeString(std::string_view s);

}  // namespace rt::hostlib::crypto
