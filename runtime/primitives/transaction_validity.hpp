// SPDX-License-Identifier: Apache-2.0
// Transaction validity as the transaction pool and the block builder see it:
// InvalidTransaction, UnknownTransaction, TransactionValidityError, ValidTransaction,
// TransactionSource, TransactionValidity (TaggedTransactionQueue_validate_transaction's result)
// and ApplyExtrinsicResult (BlockBuilder_apply_extrinsic's result).
//
// Mirrors sp_runtime::transaction_validity, variant for variant (InvalidTransaction has 13
// variants today, IndeterminateImplicit and UnknownOrigin being the newest):
// https://github.com/paritytech/polkadot-sdk/blob/028c7b3f11a812cc9b17814d7fc7d10e40f7b4b7/substrate/primitives/runtime/src/transaction_validity.rs
// and `pub type ApplyExtrinsicResult` in
// https://github.com/paritytech/polkadot-sdk/blob/0bc9235f2f96e65fa12adf1d6ba4efff85dfb600/substrate/primitives/runtime/src/lib.rs
#pragma once

#include <vector>

#include "codec/codec.hpp"
#include "rt/result.hpp"
#include "runtime/primitives/dispatch_error.hpp"

namespace rt::runtime::primitives {

/// sp_runtime::transaction_validity::InvalidTransaction. Custom(u8) carries `custom`.
struct InvalidTransaction {
  /// The variant, with its on-chain index.
  enum class Kind : u8 {
    Call = 0,                    ///< the call of the transaction is not expected
    Payment = 1,                 ///< inability to pay some fees (e.g. balance too low)
    Future = 2,                  ///< not yet valid (e.g. nonce too high)
    Stale = 3,                   ///< outdated (e.g. nonce too low)
    BadProof = 4,                ///< bad signature or other proof
    AncientBirthBlock = 5,       ///< the era's birth block is too old (no longer in BlockHash)
    ExhaustsResources = 6,       ///< would exhaust the resources of the current block
    Custom = 7,                  ///< any other reason (`custom`)
    BadMandatory = 8,            ///< a mandatory dispatch resulted in an error
    MandatoryValidation = 9,     ///< a mandatory dispatch was submitted for validation
    BadSigner = 10,              ///< the sending address is disabled or known to be invalid
    IndeterminateImplicit = 11,  ///< the implicit data could not be calculated
    UnknownOrigin = 12,          ///< the transaction extension did not authorize any origin
  };
  /// Valid indices of Kind (for decoding).
  friend constexpr bool scaleEnumValid(Kind k) { return static_cast<u8>(k) <= 12; }

  Kind kind = Kind::Call;  ///< which variant
  u8 custom = 0;           ///< payload of Kind::Custom

  /// A variant without payload.
  static constexpr InvalidTransaction of(Kind k) { return {k, 0}; }
  /// InvalidTransaction::Custom(code).
  static constexpr InvalidTransaction customError(u8 code) { return {Kind::Custom, code}; }

  /// Rust's `exhausted_resources`.
  constexpr bool exhaustedResources() const { return kind == Kind::ExhaustsResources; }
  /// Rust's `was_mandatory`.
  constexpr bool wasMandatory() const { return kind == Kind::BadMandatory; }

  /// Same kind and, for Custom, the same code.
  friend constexpr bool operator==(const InvalidTransaction& a, const InvalidTransaction& b) {
    return a.kind == b.kind && (a.kind != Kind::Custom || a.custom == b.custom);
  }
  /// SCALE: the index, then the code for Custom.
  template <class Ar>
  friend void scale(Ar& ar, InvalidTransaction& v) {
    ar(v.kind);
    if (v.kind == Kind::Custom) ar(v.custom);
  }
};

/// sp_runtime::transaction_validity::UnknownTransaction. Custom(u8) carries `custom`.
struct UnknownTransaction {
  /// The variant, with its on-chain index.
  enum class Kind : u8 {
    CannotLookup = 0,         ///< could not look up information required for validation
    NoUnsignedValidator = 1,  ///< no validator for the unsigned transaction
    Custom = 2,               ///< any other reason (`custom`)
  };
  /// Valid indices of Kind (for decoding).
  friend constexpr bool scaleEnumValid(Kind k) { return static_cast<u8>(k) <= 2; }

  Kind kind = Kind::CannotLookup;  ///< which variant
  u8 custom = 0;                   ///< payload of Kind::Custom

  /// A variant without payload.
  static constexpr UnknownTransaction of(Kind k) { return {k, 0}; }
  /// UnknownTransaction::Custom(code).
  static constexpr UnknownTransaction customError(u8 code) { return {Kind::Custom, code}; }

  /// Same kind and, for Custom, the same code.
  friend constexpr bool operator==(const UnknownTransaction& a, const UnknownTransaction& b) {
    return a.kind == b.kind && (a.kind != Kind::Custom || a.custom == b.custom);
  }
  /// SCALE: the index, then the code for Custom.
  template <class Ar>
  friend void scale(Ar& ar, UnknownTransaction& v) {
    ar(v.kind);
    if (v.kind == Kind::Custom) ar(v.custom);
  }
};

/// sp_runtime::transaction_validity::TransactionValidityError: Invalid(InvalidTransaction) = 0 or
/// Unknown(UnknownTransaction) = 1.
struct TransactionValidityError {
  /// The variant, with its on-chain index.
  enum class Kind : u8 {
    Invalid = 0,  ///< the transaction is invalid (`invalid`)
    Unknown = 1,  ///< validity cannot be determined (`unknown`)
  };
  /// Valid indices of Kind (for decoding).
  friend constexpr bool scaleEnumValid(Kind k) { return static_cast<u8>(k) <= 1; }

  Kind kind = Kind::Invalid;      ///< which variant
  InvalidTransaction invalid{};   ///< payload of Kind::Invalid
  UnknownTransaction unknown{};   ///< payload of Kind::Unknown

  /// From an InvalidTransaction (Rust's `From`).
  constexpr TransactionValidityError(InvalidTransaction e = {}) : kind(Kind::Invalid), invalid(e) {}
  /// From an UnknownTransaction (Rust's `From`).
  constexpr TransactionValidityError(UnknownTransaction e) : kind(Kind::Unknown), unknown(e) {}

  /// Rust's `exhausted_resources`.
  constexpr bool exhaustedResources() const { return kind == Kind::Invalid && invalid.exhaustedResources(); }
  /// Rust's `was_mandatory`.
  constexpr bool wasMandatory() const { return kind == Kind::Invalid && invalid.wasMandatory(); }

  /// Same kind and payload.
  friend constexpr bool operator==(const TransactionValidityError& a, const TransactionValidityError& b) {
    if (a.kind != b.kind) return false;
    return a.kind == Kind::Invalid ? a.invalid == b.invalid : a.unknown == b.unknown;
  }
  /// SCALE: the index, then the inner error.
  template <class Ar>
  friend void scale(Ar& ar, TransactionValidityError& v) {
    ar(v.kind);
    if (v.kind == Kind::Invalid) ar(v.invalid);
    else ar(v.unknown);
  }
};

/// sp_runtime::transaction_validity::TransactionSource: where the pool got the transaction.
enum class TransactionSource : u8 {
  InBlock = 0,   ///< already included in a block
  Local = 1,     ///< produced by the local node (offchain worker, local call)
  External = 2,  ///< received from the network or RPC
};
/// Valid indices of TransactionSource (for decoding).
constexpr bool scaleEnumValid(TransactionSource s) { return static_cast<u8>(s) <= 2; }

/// sp_runtime::transaction_validity::TransactionTag.
using TransactionTag = std::vector<u8>;

/// sp_runtime::transaction_validity::ValidTransaction. The defaults are Rust's `Default`:
/// priority 0, no tags, longevity u64::MAX ("forever"), propagate true.
struct ValidTransaction {
  u64 priority = 0;                     ///< ordering among ready transactions; higher first
  std::vector<TransactionTag> requires_tags;  ///< Rust's `requires`: tags needed before this one
  std::vector<TransactionTag> provides_tags;  ///< Rust's `provides`: tags this transaction provides
  u64 longevity = ~u64{0};              ///< blocks the validity holds for
  bool propagate = true;                ///< gossip to other peers

  /// Rust's `combine_with`: summed priority (saturating), concatenated tags, the smaller
  /// longevity, both propagate flags.
  ValidTransaction combineWith(ValidTransaction other) const {
    ValidTransaction out = *this;
    out.priority = priority > ~u64{0} - other.priority ? ~u64{0} : priority + other.priority;
    auto append = [](std::vector<TransactionTag>& to, const std::vector<TransactionTag>& from) {
      to.insert(to.end(), from.begin(), from.end());
    };
    append(out.requires_tags, other.requires_tags);
    append(out.provides_tags, other.provides_tags);
    out.longevity = longevity < other.longevity ? longevity : other.longevity;
    out.propagate = propagate && other.propagate;
    return out;
  }

  /// Field-wise equality.
  bool operator==(const ValidTransaction&) const = default;
  /// SCALE: priority, requires, provides, longevity, propagate.
  template <class Ar>
  friend void scale(Ar& ar, ValidTransaction& v) {
    ar(v.priority, v.requires_tags, v.provides_tags, v.longevity, v.propagate);
  }
};

/// sp_runtime::transaction_validity::TransactionValidity.
using TransactionValidity = rt::Result<ValidTransaction, TransactionValidityError>;

/// sp_runtime::ApplyExtrinsicResult = Result<DispatchOutcome, TransactionValidityError>: the outer
/// error means "not includable", the inner one "included, but the call failed".
using ApplyExtrinsicResult = rt::Result<DispatchOutcome, TransactionValidityError>;

/// Rust's message for an InvalidTransaction.
constexpr const char* toString(const InvalidTransaction& e) {
  using Kind = InvalidTransaction::Kind;
  switch (e.kind) {
    case Kind::Call: return "Transaction call is not expected";
    case Kind::Payment: return "Inability to pay some fees (e.g. account balance too low)";
    case Kind::Future: return "Transaction will be valid in the future";
    case Kind::Stale: return "Transaction is outdated";
    case Kind::BadProof: return "Transaction has a bad signature";
    case Kind::AncientBirthBlock: return "Transaction has an ancient birth block";
    case Kind::ExhaustsResources: return "Transaction would exhaust the block limits";
    case Kind::Custom: return "InvalidTransaction custom error";
    case Kind::BadMandatory: return "A call was labelled as mandatory, but resulted in an Error.";
    case Kind::MandatoryValidation:
      return "Transaction dispatch is mandatory; transactions must not be validated.";
    case Kind::BadSigner: return "Invalid signing address";
    case Kind::IndeterminateImplicit: return "The implicit data was unable to be calculated";
    case Kind::UnknownOrigin: return "The transaction extension did not authorize any origin";
  }
  return "Unknown invalid transaction";
}

/// Rust's message for an UnknownTransaction.
constexpr const char* toString(const UnknownTransaction& e) {
  using Kind = UnknownTransaction::Kind;
  switch (e.kind) {
    case Kind::CannotLookup: return "Could not lookup information required to validate the transaction";
    case Kind::NoUnsignedValidator:
      return "Could not find an unsigned validator for the unsigned transaction";
    case Kind::Custom: return "UnknownTransaction custom error";
  }
  return "Unknown unknown transaction";
}

/// Rust's message for a TransactionValidityError.
constexpr const char* toString(const TransactionValidityError& e) {
  return e.kind == TransactionValidityError::Kind::Invalid ? toString(e.invalid) : toString(e.unknown);
}

}  // namespace rt::runtime::primitives
