// SPDX-License-Identifier: Apache-2.0
// Why a dispatch failed: sp_runtime's DispatchError and the enums it carries (ModuleError,
// TokenError, ArithmeticError, TransactionalError, TrieError), plus DispatchOutcome. Every
// variant keeps its Rust name and index, because the index is what goes on chain (events,
// ApplyExtrinsicResult) and what wallets decode through the metadata.
//
// Mirrors, variant for variant:
//   DispatchError, ModuleError, TokenError, TransactionalError, MAX_MODULE_ERROR_ENCODED_SIZE
//   https://github.com/paritytech/polkadot-sdk/blob/0bc9235f2f96e65fa12adf1d6ba4efff85dfb600/substrate/primitives/runtime/src/lib.rs
//   ArithmeticError
//   https://github.com/paritytech/polkadot-sdk/blob/d43c240795916d417b0e2267d64310e76dbc9c68/substrate/primitives/arithmetic/src/lib.rs
//   TrieError (sp_runtime::proving_trie)
//   https://github.com/paritytech/polkadot-sdk/blob/0c8d18945fca2ff04bf232a18c0ab3831ed02fdc/substrate/primitives/runtime/src/proving_trie/mod.rs
// `Other(&'static str)` and ModuleError's `message` are `#[codec(skip)]`: they never reach the
// encoding and decode as empty, exactly as here.
#pragma once

#include <array>
#include <cstddef>

#include "codec/codec.hpp"
#include "rt/result.hpp"

namespace rt::runtime::primitives {

// --- the payload enums ---

/// sp_arithmetic::ArithmeticError.
enum class ArithmeticError : u8 {
  Underflow = 0,       ///< an underflow would occur
  Overflow = 1,        ///< an overflow would occur
  DivisionByZero = 2,  ///< division by zero
};
/// Valid indices of ArithmeticError (for decoding).
constexpr bool scaleEnumValid(ArithmeticError e) { return static_cast<u8>(e) <= 2; }

/// sp_runtime::TokenError: what went wrong in an operation on a token.
enum class TokenError : u8 {
  FundsUnavailable = 0,  ///< funds are unavailable
  OnlyProvider = 1,      ///< the balance is the account's only provider reference
  BelowMinimum = 2,      ///< the account cannot exist with the funds that would be given
  CannotCreate = 3,      ///< the account cannot be created
  UnknownAsset = 4,      ///< the asset in question is unknown
  Frozen = 5,            ///< funds exist but are frozen
  Unsupported = 6,       ///< operation is not supported by the asset
  CannotCreateHold = 7,  ///< the account cannot be created for a held balance
  NotExpendable = 8,     ///< withdrawal would cause unwanted loss of the account
  Blocked = 9,           ///< the account cannot receive the assets
};
/// Valid indices of TokenError (for decoding).
constexpr bool scaleEnumValid(TokenError e) { return static_cast<u8>(e) <= 9; }

/// sp_runtime::TransactionalError: errors of transactional storage layers.
enum class TransactionalError : u8 {
  LimitReached = 0,  ///< too many transactional layers have been spawned
  NoLayer = 1,       ///< a transactional layer was expected, but does not exist
};
/// Valid indices of TransactionalError (for decoding).
constexpr bool scaleEnumValid(TransactionalError e) { return static_cast<u8>(e) <= 1; }

/// sp_runtime::proving_trie::TrieError: a runtime-friendly trie error.
enum class TrieError : u8 {
  InvalidStateRoot = 0,          ///< a trie with a state root not in the database
  IncompleteDatabase = 1,        ///< a trie item was not found in the database
  ValueAtIncompleteKey = 2,      ///< a value at a key that is not byte-aligned
  DecoderError = 3,              ///< a corrupt trie item
  InvalidHash = 4,               ///< the hash does not match the expected value
  DuplicateKey = 5,              ///< the proof contains duplicate keys
  ExtraneousNode = 6,            ///< the proof contains extraneous nodes
  ExtraneousValue = 7,           ///< the proof contains extraneous values
  ExtraneousHashReference = 8,   ///< the proof contains extraneous hash references
  InvalidChildReference = 9,     ///< the proof contains an invalid child reference
  ValueMismatch = 10,            ///< the proof indicates a value mismatch
  IncompleteProof = 11,          ///< the proof is incomplete
  RootMismatch = 12,             ///< the root computed from the proof is incorrect
  DecodeError = 13,              ///< a proof node could not be decoded
};
/// Valid indices of TrieError (for decoding).
constexpr bool scaleEnumValid(TrieError e) { return static_cast<u8>(e) <= 13; }

/// sp_runtime::MAX_MODULE_ERROR_ENCODED_SIZE: bytes of ModuleError::error (a pallet's encoded
/// Error, zero-padded).
inline constexpr std::size_t kMaxModuleErrorEncodedSize = 4;

/// sp_runtime::ModuleError: a pallet's error. `error` is the pallet Error's encoding, padded with
/// zeros; its first byte is the error variant's index.
struct ModuleError {
  u8 index = 0;                                         ///< the pallet's index in the runtime
  std::array<u8, kMaxModuleErrorEncodedSize> error{};   ///< the pallet error, encoded and padded
  const char* message = nullptr;                        ///< optional name, never encoded

  /// Equal when index and error are (the message is ignored, as in Rust).
  friend constexpr bool operator==(const ModuleError& a, const ModuleError& b) {
    return a.index == b.index && a.error == b.error;
  }
  /// SCALE: index, then the four error bytes.
  template <class Ar>
  friend void scale(Ar& ar, ModuleError& v) {
    ar(v.index, v.error);
  }
};

// --- DispatchError ---

/// sp_runtime::DispatchError: the reason a dispatch failed. A kind tag plus the payload of the
/// kinds that carry one; build values with the named constructors.
struct DispatchError {
  /// The variant, with its on-chain index.
  enum class Kind : u8 {
    Other = 0,               ///< some error occurred (the message is not encoded)
    CannotLookup = 1,        ///< failed to look up some data
    BadOrigin = 2,           ///< a bad origin
    Module = 3,              ///< a custom error in a pallet (`module`)
    ConsumerRemaining = 4,   ///< a consumer remains, so the account cannot be destroyed
    NoProviders = 5,         ///< no providers, so the account cannot be created
    TooManyConsumers = 6,    ///< too many consumers, so the account cannot be created
    Token = 7,               ///< an error to do with tokens (`token`)
    Arithmetic = 8,          ///< an arithmetic error (`arithmetic`)
    Transactional = 9,       ///< transactional layer limit reached or missing (`transactional`)
    Exhausted = 10,          ///< resources exhausted
    Corruption = 11,         ///< the state is corrupt
    Unavailable = 12,        ///< some resource is unavailable right now
    RootNotAllowed = 13,     ///< the root origin is not allowed
    Trie = 14,               ///< an error with tries (`trie`)
  };
  /// Valid indices of Kind (for decoding).
  friend constexpr bool scaleEnumValid(Kind k) { return static_cast<u8>(k) <= 14; }

  Kind kind = Kind::Other;                                  ///< which variant
  ModuleError module{};                                     ///< payload of Kind::Module
  TokenError token = TokenError::FundsUnavailable;          ///< payload of Kind::Token
  ArithmeticError arithmetic = ArithmeticError::Underflow;  ///< payload of Kind::Arithmetic
  TransactionalError transactional = TransactionalError::LimitReached;  ///< of Kind::Transactional
  TrieError trie = TrieError::InvalidStateRoot;             ///< payload of Kind::Trie
  const char* message = nullptr;  ///< Other's text (not encoded; empty after decoding)

  /// A variant without payload (Other with no message, CannotLookup, BadOrigin, ...).
  static constexpr DispatchError of(Kind k) {
    DispatchError e;
    e.kind = k;
    return e;
  }
  /// DispatchError::Other(message).
  static constexpr DispatchError other(const char* message) {
    DispatchError e;
    e.message = message;
    return e;
  }
  /// DispatchError::Module { index, error: [error, 0, 0, 0], message }: a pallet error whose
  /// encoding is the one byte `error` (FRAME's `#[pallet::error]` enums without fields).
  static constexpr DispatchError moduleError(u8 pallet_index, u8 error, const char* message = nullptr) {
    DispatchError e = of(Kind::Module);
    e.module.index = pallet_index;
    e.module.error = {error, 0, 0, 0};
    e.module.message = message;
    return e;
  }
  /// DispatchError::Token(t).
  static constexpr DispatchError tokenError(TokenError t) {
    DispatchError e = of(Kind::Token);
    e.token = t;
    return e;
  }
  /// DispatchError::Arithmetic(a).
  static constexpr DispatchError arithmeticError(ArithmeticError a) {
    DispatchError e = of(Kind::Arithmetic);
    e.arithmetic = a;
    return e;
  }
  /// DispatchError::Transactional(t).
  static constexpr DispatchError transactionalError(TransactionalError t) {
    DispatchError e = of(Kind::Transactional);
    e.transactional = t;
    return e;
  }
  /// DispatchError::Trie(t).
  static constexpr DispatchError trieError(TrieError t) {
    DispatchError e = of(Kind::Trie);
    e.trie = t;
    return e;
  }

  /// The same error without its attached module message (Rust's `stripped`).
  constexpr DispatchError stripped() const {
    DispatchError e = *this;
    e.module.message = nullptr;
    return e;
  }

  /// Equal C strings, a null pointer counting as "".
  static constexpr bool sameText(const char* x, const char* y) {
    if (x == nullptr) x = "";
    if (y == nullptr) y = "";
    for (; *x != '\0' && *x == *y; ++x, ++y) {
    }
    return *x == *y;
  }

  /// Rust's derived PartialEq: same kind and payload. Other compares its messages (as
  /// `&'static str` does); ModuleError ignores its message.
  friend constexpr bool operator==(const DispatchError& a, const DispatchError& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
      case Kind::Other: return sameText(a.message, b.message);
      case Kind::Module: return a.module == b.module;
      case Kind::Token: return a.token == b.token;
      case Kind::Arithmetic: return a.arithmetic == b.arithmetic;
      case Kind::Transactional: return a.transactional == b.transactional;
      case Kind::Trie: return a.trie == b.trie;
      default: return true;
    }
  }

  /// SCALE: the kind's index, then the payload of the kinds that have one.
  template <class Ar>
  friend void scale(Ar& ar, DispatchError& v) {
    ar(v.kind);
    switch (v.kind) {
      case Kind::Module: ar(v.module); break;
      case Kind::Token: ar(v.token); break;
      case Kind::Arithmetic: ar(v.arithmetic); break;
      case Kind::Transactional: ar(v.transactional); break;
      case Kind::Trie: ar(v.trie); break;
      default: break;
    }
  }
};

/// sp_runtime::DispatchOutcome = Result<(), DispatchError>.
using DispatchOutcome = rt::Result<rt::Unit, DispatchError>;

// --- names, as Rust's `From<_> for &'static str` ---

/// Rust's message for an ArithmeticError.
constexpr const char* toString(ArithmeticError e) {
  switch (e) {
    case ArithmeticError::Underflow: return "An underflow would occur";
    case ArithmeticError::Overflow: return "An overflow would occur";
    case ArithmeticError::DivisionByZero: return "Division by zero";
  }
  return "Unknown arithmetic error";
}

/// Rust's message for a TokenError.
constexpr const char* toString(TokenError e) {
  switch (e) {
    case TokenError::FundsUnavailable: return "Funds are unavailable";
    case TokenError::OnlyProvider: return "Account that must exist would die";
    case TokenError::BelowMinimum: return "Account cannot exist with the funds that would be given";
    case TokenError::CannotCreate: return "Account cannot be created";
    case TokenError::UnknownAsset: return "The asset in question is unknown";
    case TokenError::Frozen: return "Funds exist but are frozen";
    case TokenError::Unsupported: return "Operation is not supported by the asset";
    case TokenError::CannotCreateHold: return "Account cannot be created for recording amount on hold";
    case TokenError::NotExpendable: return "Account that is desired to remain would die";
    case TokenError::Blocked: return "Account cannot receive the assets";
  }
  return "Unknown token error";
}

/// Rust's message for a TransactionalError.
constexpr const char* toString(TransactionalError e) {
  switch (e) {
    case TransactionalError::LimitReached: return "Too many transactional layers have been spawned";
    case TransactionalError::NoLayer: return "A transactional layer was expected, but does not exist";
  }
  return "Unknown transactional error";
}

/// Rust's message for a TrieError.
constexpr const char* toString(TrieError e) {
  switch (e) {
    case TrieError::InvalidStateRoot: return "The state root is not in the database.";
    case TrieError::IncompleteDatabase: return "A trie item was not found in the database.";
    case TrieError::ValueAtIncompleteKey: return "A value was found with a key that is not byte-aligned.";
    case TrieError::DecoderError: return "A corrupt trie item was encountered.";
    case TrieError::InvalidHash: return "The hash does not match the expected value.";
    case TrieError::DuplicateKey: return "The proof contains duplicate keys.";
    case TrieError::ExtraneousNode: return "The proof contains extraneous nodes.";
    case TrieError::ExtraneousValue: return "The proof contains extraneous values.";
    case TrieError::ExtraneousHashReference: return "The proof contains extraneous hash references.";
    case TrieError::InvalidChildReference: return "The proof contains an invalid child reference.";
    case TrieError::ValueMismatch: return "The proof indicates a value mismatch.";
    case TrieError::IncompleteProof: return "The proof is incomplete.";
    case TrieError::RootMismatch: return "The root hash computed from the proof is incorrect.";
    case TrieError::DecodeError: return "One of the proof nodes could not be decoded.";
  }
  return "Unknown trie error";
}

/// Rust's message for a DispatchError (`From<DispatchError> for &'static str`).
constexpr const char* toString(const DispatchError& e) {
  using Kind = DispatchError::Kind;
  switch (e.kind) {
    case Kind::Other: return e.message != nullptr ? e.message : "";
    case Kind::CannotLookup: return "Cannot lookup";
    case Kind::BadOrigin: return "Bad origin";
    case Kind::Module: return e.module.message != nullptr ? e.module.message : "Unknown module error";
    case Kind::ConsumerRemaining: return "Consumer remaining";
    case Kind::NoProviders: return "No providers";
    case Kind::TooManyConsumers: return "Too many consumers";
    case Kind::Token: return toString(e.token);
    case Kind::Arithmetic: return toString(e.arithmetic);
    case Kind::Transactional: return toString(e.transactional);
    case Kind::Exhausted: return "Resources exhausted";
    case Kind::Corruption: return "State corrupt";
    case Kind::Unavailable: return "Resource unavailable";
    case Kind::RootNotAllowed: return "Root not allowed";
    case Kind::Trie: return toString(e.trie);
  }
  return "Unknown dispatch error";
}

}  // namespace rt::runtime::primitives
