// SPDX-License-Identifier: Apache-2.0
// From a BIP39 phrase to a Substrate seed. Substrate does not use BIP39's own seed: it takes the
// phrase's entropy and runs PBKDF2-HMAC-SHA512 (2048 rounds, salt "mnemonic" ‖ password) over the
// entropy bytes, keeping the first 32 bytes (substrate-bip39 `seed_from_entropy` /
// `mini_secret_from_entropy`, used by sp_core's `Pair::from_phrase_with_seed` for every scheme).
//
// This host carries no BIP39 wordlist: the only phrase it knows is Substrate's dev phrase, whose
// entropy is committed below. Other phrases are InvalidPhrase; use "0x…" seeds instead.
#pragma once

#include <string_view>

#include "host/crypto/bytes.hpp"
#include "host/crypto/error.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::crypto {

/// sp_core::crypto `DEV_PHRASE`.
inline constexpr std::string_view kDevPhrase =
    "bottom drive obey lake curtain smoke basket hold race lonely fit walk";

/// The BIP39 entropy of `kDevPhrase`, from @polkadot/util-crypto 14.0.3
/// `mnemonicToEntropy(DEV_PHRASE)` (tests/host/crypto/vectors/generate.mjs re-derives it).
inline constexpr Bytes<16> kDevPhraseEntropy = {0x1a, 0x48, 0x6a, 0x5f, 0xbe, 0x53, 0x63, 0x99,
                                                0x84, 0xcb, 0x64, 0xb0, 0x70, 0x75, 0x5f, 0x7b};

/// PBKDF2-HMAC-SHA512 (RFC 8018 §5.2) with a 64-byte output.
Bytes<64> pbkdf2HmacSha512(ByteSpan password, ByteSpan salt, uint32_t rounds);

/// substrate-bip39 `seed_from_entropy`: InvalidPhrase unless the entropy is 16..32 bytes, a
/// multiple of 4.
rt::Result<Bytes<64>, CryptoError> seedFromEntropy(ByteSpan entropy, std::string_view password);

/// The entropy of a phrase this host knows (the dev phrase, words separated by any whitespace).
rt::Result<ByteVec, CryptoError> entropyFromPhrase(std::string_view phrase);

/// sp_core `from_phrase_with_seed`'s seed: the first 32 bytes of `seedFromEntropy`.
rt::Result<Bytes<32>, CryptoError> seedFromPhrase(std::string_view phrase,
                                                  std::string_view password);

}  // namespace rt::hostlib::crypto
