// SPDX-License-Identifier: Apache-2.0
// The standard signed (transaction) extensions as data: what each puts in the extrinsic ("extra")
// and what each adds to the signed payload only ("additional signed", Rust's `Implicit`), and the
// runtime's list of them, SignedExtra. Only CheckMortality (Era), CheckNonce (Compact<u32>) and
// ChargeTransactionPayment (Compact<u128> tip) have extra bytes; CheckSpecVersion,
// CheckTxVersion, CheckGenesis and CheckMortality have additional-signed bytes. Checking them
// (nonce order, fee payment, block weight, birth block hash) is the pallets' job, not this file's.
//
// Identifiers and encodings mirror FRAME's extensions:
//   CheckNonZeroSender, CheckSpecVersion, CheckTxVersion, CheckGenesis, CheckMortality, CheckNonce,
//   CheckWeight: https://github.com/paritytech/polkadot-sdk/tree/9cec8310840989c35c61d3f78ec0d86d60a13b07/substrate/frame/system/src/extensions
//     (check_mortality.rs: `CheckMortality<T>(pub Era, PhantomData<T>)`, Implicit = block_hash(birth);
//      check_nonce.rs: `CheckNonce<T>(#[codec(compact)] pub T::Nonce)`;
//      check_genesis.rs: Implicit = block_hash(0); check_spec_version.rs / check_tx_version.rs:
//      Implicit = u32 spec_version / transaction_version; the others are PhantomData)
//   ChargeTransactionPayment: `ChargeTransactionPayment<T>(#[codec(compact)] BalanceOf<T>)` in
//     https://github.com/paritytech/polkadot-sdk/blob/f6d1ed243829da20b425a93cd9d7726a799ab821/substrate/frame/transaction-payment/src/lib.rs
// A tuple of extensions encodes as the concatenation of its members, in order (SCALE tuples).
#pragma once

#include <array>
#include <string_view>

#include "codec/codec.hpp"
#include "runtime/primitives/era.hpp"
#include "runtime/primitives/fixed_bytes.hpp"

namespace rt::runtime::primitives {

// --- the extensions ---

/// frame_system::CheckNonZeroSender: rejects the all-zero account. No extra, no additional.
struct CheckNonZeroSender {
  static constexpr std::string_view kIdentifier = "CheckNonZeroSender";  ///< metadata identifier
  /// Always equal (no data).
  constexpr bool operator==(const CheckNonZeroSender&) const = default;
  /// SCALE: nothing.
  template <class Ar>
  friend void scale(Ar& ar, CheckNonZeroSender&) {
    ar();
  }
};

/// frame_system::CheckSpecVersion: signs the runtime's spec_version (additional: u32).
struct CheckSpecVersion {
  static constexpr std::string_view kIdentifier = "CheckSpecVersion";  ///< metadata identifier
  /// Always equal (no data).
  constexpr bool operator==(const CheckSpecVersion&) const = default;
  /// SCALE: nothing.
  template <class Ar>
  friend void scale(Ar& ar, CheckSpecVersion&) {
    ar();
  }
};

/// frame_system::CheckTxVersion: signs the runtime's transaction_version (additional: u32).
struct CheckTxVersion {
  static constexpr std::string_view kIdentifier = "CheckTxVersion";  ///< metadata identifier
  /// Always equal (no data).
  constexpr bool operator==(const CheckTxVersion&) const = default;
  /// SCALE: nothing.
  template <class Ar>
  friend void scale(Ar& ar, CheckTxVersion&) {
    ar();
  }
};

/// frame_system::CheckGenesis: signs the genesis block hash (additional: H256).
struct CheckGenesis {
  static constexpr std::string_view kIdentifier = "CheckGenesis";  ///< metadata identifier
  /// Always equal (no data).
  constexpr bool operator==(const CheckGenesis&) const = default;
  /// SCALE: nothing.
  template <class Ar>
  friend void scale(Ar& ar, CheckGenesis&) {
    ar();
  }
};

/// frame_system::CheckMortality: the transaction's Era (extra); signs the hash of the era's birth
/// block, or of genesis for Immortal (additional: H256).
struct CheckMortality {
  static constexpr std::string_view kIdentifier = "CheckMortality";  ///< metadata identifier
  Era era;  ///< the transaction's lifetime
  /// Same era.
  constexpr bool operator==(const CheckMortality&) const = default;
  /// SCALE: the era.
  template <class Ar>
  friend void scale(Ar& ar, CheckMortality& v) {
    ar(v.era);
  }
};

/// frame_system::CheckNonce: the sender's nonce (extra: Compact<u32>).
struct CheckNonce {
  static constexpr std::string_view kIdentifier = "CheckNonce";  ///< metadata identifier
  u32 nonce = 0;  ///< the sender's account nonce for this transaction
  /// Same nonce.
  constexpr bool operator==(const CheckNonce&) const = default;
  /// SCALE: Compact(nonce).
  template <class Ar>
  friend void scale(Ar& ar, CheckNonce& v) {
    ar(codec::asCompact(v.nonce));
  }
};

/// frame_system::CheckWeight: block weight and length limits. No extra, no additional.
struct CheckWeight {
  static constexpr std::string_view kIdentifier = "CheckWeight";  ///< metadata identifier
  /// Always equal (no data).
  constexpr bool operator==(const CheckWeight&) const = default;
  /// SCALE: nothing.
  template <class Ar>
  friend void scale(Ar& ar, CheckWeight&) {
    ar();
  }
};

/// pallet_transaction_payment::ChargeTransactionPayment: the tip (extra: Compact<u128>).
struct ChargeTransactionPayment {
  static constexpr std::string_view kIdentifier = "ChargeTransactionPayment";  ///< metadata identifier
  u128 tip = 0;  ///< tip paid on top of the fee, raising the priority
  /// Same tip.
  constexpr bool operator==(const ChargeTransactionPayment&) const = default;
  /// SCALE: Compact(tip).
  template <class Ar>
  friend void scale(Ar& ar, ChargeTransactionPayment& v) {
    ar(codec::asCompact(v.tip));
  }
};

// --- the runtime's list ---

/// The runtime's signed extensions, in order (the `TxExtension` tuple of a node-template-like
/// runtime). Its encoding is the extrinsic's "extra": Era ++ Compact(nonce) ++ Compact(tip).
struct SignedExtra {
  CheckNonZeroSender check_non_zero_sender;            ///< no data
  CheckSpecVersion check_spec_version;                 ///< no data
  CheckTxVersion check_tx_version;                     ///< no data
  CheckGenesis check_genesis;                          ///< no data
  CheckMortality check_mortality;                      ///< the era
  CheckNonce check_nonce;                              ///< the nonce
  CheckWeight check_weight;                            ///< no data
  ChargeTransactionPayment charge_transaction_payment; ///< the tip

  /// The three values that are encoded.
  static constexpr SignedExtra of(Era era, u32 nonce, u128 tip) {
    SignedExtra e;
    e.check_mortality.era = era;
    e.check_nonce.nonce = nonce;
    e.charge_transaction_payment.tip = tip;
    return e;
  }
  /// The era.
  constexpr const Era& era() const { return check_mortality.era; }
  /// The nonce.
  constexpr u32 nonce() const { return check_nonce.nonce; }
  /// The tip.
  constexpr u128 tip() const { return charge_transaction_payment.tip; }

  /// Same era, nonce and tip.
  constexpr bool operator==(const SignedExtra&) const = default;
  /// SCALE: every extension in order (only three write bytes).
  template <class Ar>
  friend void scale(Ar& ar, SignedExtra& v) {
    ar(v.check_non_zero_sender, v.check_spec_version, v.check_tx_version, v.check_genesis,
       v.check_mortality, v.check_nonce, v.check_weight, v.charge_transaction_payment);
  }
};

/// Metadata identifiers of SignedExtra's extensions, in order.
inline constexpr std::array<std::string_view, 8> kSignedExtraIdentifiers = {
    CheckNonZeroSender::kIdentifier, CheckSpecVersion::kIdentifier, CheckTxVersion::kIdentifier,
    CheckGenesis::kIdentifier,       CheckMortality::kIdentifier,   CheckNonce::kIdentifier,
    CheckWeight::kIdentifier,        ChargeTransactionPayment::kIdentifier,
};

/// SignedExtra's additional-signed data, the tuple ((), u32, u32, H256, H256, (), (), ()): signed
/// but not sent, so the runtime recomputes it from its own state when verifying.
struct SignedExtraAdditional {
  u32 spec_version = 0;         ///< CheckSpecVersion: RuntimeVersion::spec_version
  u32 transaction_version = 0;  ///< CheckTxVersion: RuntimeVersion::transaction_version
  H256 genesis_hash;            ///< CheckGenesis: System.BlockHash(0)
  H256 mortality_block_hash;    ///< CheckMortality: System.BlockHash(era.birth(now)), genesis if immortal

  /// Field-wise equality.
  constexpr bool operator==(const SignedExtraAdditional&) const = default;
  /// SCALE: spec_version, transaction_version, genesis_hash, mortality_block_hash.
  template <class Ar>
  friend void scale(Ar& ar, SignedExtraAdditional& v) {
    ar(v.spec_version, v.transaction_version, v.genesis_hash, v.mortality_block_hash);
  }
};

}  // namespace rt::runtime::primitives
