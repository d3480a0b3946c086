// SPDX-License-Identifier: Apache-2.0
// Signed extrinsics as FRAME's UncheckedExtrinsic v4 encodes them
// (substrate/primitives/runtime/src/generic/unchecked_extrinsic.rs): Compact length, then
// 0x84 (signed | version 4), MultiAddress::Id(account), MultiSignature::Sr25519(signature),
// the signed extensions' "extra" in metadata order, and the call. The signature covers
// call ++ extra ++ additional_signed, blake2-256-hashed when longer than 256 bytes
// (SignedPayload::using_encoded).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "host/chain/header.hpp"
#include "host/crypto/sr25519.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::chain {

/// What the signed extensions of a transaction need to know about the chain.
struct SigningContext {
  uint32_t spec_version = 0;
  uint32_t transaction_version = 0;
  Hash genesis_hash{};
  std::vector<std::string> signed_extensions;  ///< identifiers, in the metadata's order
};

/// The call `pallet_index, call_index, dest: MultiAddress::Id, value: Compact<u128>` (Balances'
/// transfer_keep_alive / transfer_allow_death share this shape).
Bytes transferCall(uint8_t pallet_index, uint8_t call_index, const std::array<uint8_t, 32>& dest,
                   uint64_t value);

/// A signed, immortal, tip-less v4 extrinsic with the given nonce, length prefix included. Fails
/// for a signed extension whose extra/additional data this builder does not know.
rt::Result<Bytes, std::string> signedExtrinsic(std::span<const uint8_t> call,
                                               const crypto::sr25519::Keypair& signer, uint32_t nonce,
                                               const SigningContext& context);

}  // namespace rt::hostlib::chain
