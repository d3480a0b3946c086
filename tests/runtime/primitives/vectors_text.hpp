// SPDX-License-Identifier: Apache-2.0
// The C++ side of the fixture's value text (see the header of vectors/sp_runtime_types.txt): one
// toText() per runtime/primitives type, printing what generate.mjs prints for the same value with
// polkadot.js' field names, and the generator's test-only registry types (TestSystemEvent,
// TestRuntimeEvent) spelled in C++.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "primitives_test_util.hpp"
#include "runtime/primitives/primitives.hpp"

namespace rt::runtime::primitives::test {

// --- the generator's registry types ---

/// TestSystemEvent::ExtrinsicSuccess { dispatchInfo }.
struct ExtrinsicSuccess {
  DispatchInfo dispatch_info;
  bool operator==(const ExtrinsicSuccess&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, ExtrinsicSuccess& v) {
    ar(v.dispatch_info);
  }
};
/// TestSystemEvent::ExtrinsicFailed { dispatchError, dispatchInfo }.
struct ExtrinsicFailed {
  DispatchError dispatch_error;
  DispatchInfo dispatch_info;
  bool operator==(const ExtrinsicFailed&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, ExtrinsicFailed& v) {
    ar(v.dispatch_error, v.dispatch_info);
  }
};
/// TestSystemEvent::Remarked { sender, hash }.
struct Remarked {
  AccountId32 sender;
  H256 hash;
  bool operator==(const Remarked&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, Remarked& v) {
    ar(v.sender, v.hash);
  }
};
/// TestSystemEvent.
using TestSystemEvent = std::variant<ExtrinsicSuccess, ExtrinsicFailed, Remarked>;
/// TestRuntimeEvent: { System: TestSystemEvent }.
using TestRuntimeEvent = std::variant<TestSystemEvent>;

// --- declarations (every overload is visible to the templates below) ---
inline std::string toText(bool v);
inline std::string toText(u8 v);
inline std::string toText(u16 v);
inline std::string toText(u32 v);
inline std::string toText(u64 v);
inline std::string toText(u128 v);
inline std::string toText(const rt::Unit&);
inline std::string toText(const std::vector<u8>& v);
template <std::size_t N>
std::string toText(const std::array<u8, N>& v);
template <std::size_t N, class Tag>
std::string toText(const FixedBytes<N, Tag>& v);
template <class T>
std::string toText(const std::vector<T>& v);
template <class T>
std::string toText(const std::optional<T>& v);
template <class T, class E>
std::string toText(const rt::Result<T, E>& v);
inline std::string toText(ArithmeticError v);
inline std::string toText(TokenError v);
inline std::string toText(TransactionalError v);
inline std::string toText(TrieError v);
inline std::string toText(const ModuleError& v);
inline std::string toText(const DispatchError& v);
inline std::string toText(const InvalidTransaction& v);
inline std::string toText(const UnknownTransaction& v);
inline std::string toText(const TransactionValidityError& v);
inline std::string toText(TransactionSource v);
inline std::string toText(const ValidTransaction& v);
inline std::string toText(const MultiSignature& v);
inline std::string toText(const MultiSigner& v);
template <class AccountId, class AccountIndex>
std::string toText(const MultiAddress<AccountId, AccountIndex>& v);
inline std::string toText(const Era& v);
inline std::string toText(const DigestItem& v);
inline std::string toText(const Digest& v);
template <class Number, class Hash>
std::string toText(const Header<Number, Hash>& v);
inline std::string toText(const Weight& v);
inline std::string toText(DispatchClass v);
inline std::string toText(Pays v);
inline std::string toText(const DispatchInfo& v);
inline std::string toText(const PostDispatchInfo& v);
inline std::string toText(const Phase& v);
inline std::string toText(const TestSystemEvent& v);
inline std::string toText(const TestRuntimeEvent& v);
template <class E, class T>
std::string toText(const EventRecord<E, T>& v);
inline std::string toText(const ExtraFlags& v);
template <class Balance>
std::string toText(const AccountData<Balance>& v);
template <class Nonce, class Data>
std::string toText(const AccountInfo<Nonce, Data>& v);
inline std::string toText(const SignedExtra& v);
inline std::string toText(const SignedExtraAdditional& v);
template <class Extra, class Address, class Signature>
std::string toText(const UncheckedExtrinsic<Extra, Address, Signature>& v);

// --- scalars and containers ---
inline std::string toText(bool v) { return v ? "true" : "false"; }
inline std::string toText(u8 v) { return toDecimal(v); }
inline std::string toText(u16 v) { return toDecimal(v); }
inline std::string toText(u32 v) { return toDecimal(v); }
inline std::string toText(u64 v) { return toDecimal(v); }
inline std::string toText(u128 v) { return toDecimal(v); }
inline std::string toText(const rt::Unit&) { return "()"; }
inline std::string toText(const std::vector<u8>& v) { return toHex(v); }
template <std::size_t N>
std::string toText(const std::array<u8, N>& v) {
  return toHex(v);
}
template <std::size_t N, class Tag>
std::string toText(const FixedBytes<N, Tag>& v) {
  return toHex(v.span());
}
template <class T>
std::string toText(const std::vector<T>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + toText(v[i]);
  return out + "]";
}
template <class T>
std::string toText(const std::optional<T>& v) {
  return v.has_value() ? "Some(" + toText(*v) + ")" : "None";
}
template <class T, class E>
std::string toText(const rt::Result<T, E>& v) {
  return v.has_value() ? "Ok(" + toText(v.value()) + ")" : "Err(" + toText(v.error()) + ")";
}

/// "Name" or "Name(payload)".
inline std::string variantText(const char* name, const std::string& payload = {}) {
  return payload.empty() ? std::string(name) : std::string(name) + "(" + payload + ")";
}

// --- dispatch errors ---
inline std::string toText(ArithmeticError v) {
  static constexpr const char* kNames[] = {"Underflow", "Overflow", "DivisionByZero"};
  return kNames[static_cast<u8>(v)];
}
inline std::string toText(TokenError v) {
  static constexpr const char* kNames[] = {"FundsUnavailable", "OnlyProvider", "BelowMinimum", "CannotCreate",
                                           "UnknownAsset", "Frozen", "Unsupported", "CannotCreateHold",
                                           "NotExpendable", "Blocked"};
  return kNames[static_cast<u8>(v)];
}
inline std::string toText(TransactionalError v) {
  return v == TransactionalError::LimitReached ? "LimitReached" : "NoLayer";
}
inline std::string toText(TrieError v) {
  static constexpr const char* kNames[] = {
      "InvalidStateRoot", "IncompleteDatabase", "ValueAtIncompleteKey", "DecoderError",  "InvalidHash",
      "DuplicateKey",     "ExtraneousNode",     "ExtraneousValue",      "ExtraneousHashReference",
      "InvalidChildReference", "ValueMismatch", "IncompleteProof", "RootMismatch", "DecodeError"};
  return kNames[static_cast<u8>(v)];
}
inline std::string toText(const ModuleError& v) { return "{index:" + toText(v.index) + ",error:" + toText(v.error) + "}"; }
inline std::string toText(const DispatchError& v) {
  static constexpr const char* kNames[] = {"Other",         "CannotLookup",   "BadOrigin",        "Module",
                                           "ConsumerRemaining", "NoProviders", "TooManyConsumers", "Token",
                                           "Arithmetic",    "Transactional",  "Exhausted",        "Corruption",
                                           "Unavailable",   "RootNotAllowed", "Trie"};
  const char* name = kNames[static_cast<u8>(v.kind)];
  switch (v.kind) {
    case DispatchError::Kind::Module: return variantText(name, toText(v.module));
    case DispatchError::Kind::Token: return variantText(name, toText(v.token));
    case DispatchError::Kind::Arithmetic: return variantText(name, toText(v.arithmetic));
    case DispatchError::Kind::Transactional: return variantText(name, toText(v.transactional));
    case DispatchError::Kind::Trie: return variantText(name, toText(v.trie));
    default: return name;
  }
}

// --- transaction validity ---
inline std::string toText(const InvalidTransaction& v) {
  static constexpr const char* kNames[] = {"Call",   "Payment",     "Future",   "Stale", "BadProof",
                                           "AncientBirthBlock", "ExhaustsResources", "Custom", "BadMandatory",
                                           "MandatoryValidation", "BadSigner", "IndeterminateImplicit",
                                           "UnknownOrigin"};
  const char* name = kNames[static_cast<u8>(v.kind)];
  return v.kind == InvalidTransaction::Kind::Custom ? variantText(name, toText(v.custom)) : name;
}
inline std::string toText(const UnknownTransaction& v) {
  static constexpr const char* kNames[] = {"CannotLookup", "NoUnsignedValidator", "Custom"};
  const char* name = kNames[static_cast<u8>(v.kind)];
  return v.kind == UnknownTransaction::Kind::Custom ? variantText(name, toText(v.custom)) : name;
}
inline std::string toText(const TransactionValidityError& v) {
  return v.kind == TransactionValidityError::Kind::Invalid ? variantText("Invalid", toText(v.invalid))
                                                           : variantText("Unknown", toText(v.unknown));
}
inline std::string toText(TransactionSource v) {
  static constexpr const char* kNames[] = {"InBlock", "Local", "External"};
  return kNames[static_cast<u8>(v)];
}
inline std::string toText(const ValidTransaction& v) {
  return "{priority:" + toText(v.priority) + ",requires:" + toText(v.requires_tags) +
         ",provides:" + toText(v.provides_tags) + ",longevity:" + toText(v.longevity) +
         ",propagate:" + toText(v.propagate) + "}";
}

// --- signatures and addresses ---
inline const char* schemeName(SignatureScheme s) {
  static constexpr const char* kNames[] = {"Ed25519", "Sr25519", "Ecdsa", "Eth"};
  return kNames[static_cast<u8>(s)];
}
inline std::string toText(const MultiSignature& v) { return variantText(schemeName(v.scheme), toHex(v.bytes())); }
inline std::string toText(const MultiSigner& v) { return variantText(schemeName(v.scheme), toHex(v.bytes())); }
template <class AccountId, class AccountIndex>
std::string toText(const MultiAddress<AccountId, AccountIndex>& v) {
  using Kind = typename MultiAddress<AccountId, AccountIndex>::Kind;
  switch (v.kind) {
    case Kind::Id: return variantText("Id", toText(v.id));
    case Kind::Index:
      if constexpr (std::is_same_v<AccountIndex, rt::Unit>) return "Index";
      else return variantText("Index", toText(v.index));
    case Kind::Raw: return variantText("Raw", toText(v.raw));
    case Kind::Address32: return variantText("Address32", toText(v.address32));
    case Kind::Address20: return variantText("Address20", toText(v.address20));
  }
  return "?";
}

// --- era, digest, header ---
inline std::string toText(const Era& v) {
  return v.isImmortal() ? "Immortal" : "Mortal(" + toText(v.period()) + "," + toText(v.phase()) + ")";
}
inline std::string toText(const DigestItem& v) {
  const std::string engine_and_data = "(" + toText(v.engine) + "," + toText(v.data) + ")";
  switch (v.kind) {
    case DigestItem::Kind::PreRuntime: return variantText("PreRuntime", engine_and_data);
    case DigestItem::Kind::Consensus: return variantText("Consensus", engine_and_data);
    case DigestItem::Kind::Seal: return variantText("Seal", engine_and_data);
    case DigestItem::Kind::Other: return variantText("Other", toText(v.data));
    case DigestItem::Kind::RuntimeEnvironmentUpdated: return "RuntimeEnvironmentUpdated";
  }
  return "?";
}
inline std::string toText(const Digest& v) { return "{logs:" + toText(v.logs) + "}"; }
template <class Number, class Hash>
std::string toText(const Header<Number, Hash>& v) {
  return "{parentHash:" + toText(v.parent_hash) + ",number:" + toText(v.number) + ",stateRoot:" +
         toText(v.state_root) + ",extrinsicsRoot:" + toText(v.extrinsics_root) + ",digest:" + toText(v.digest) + "}";
}

// --- weights, dispatch info, events ---
inline std::string toText(const Weight& v) {
  return "{refTime:" + toText(v.ref_time) + ",proofSize:" + toText(v.proof_size) + "}";
}
inline std::string toText(DispatchClass v) {
  static constexpr const char* kNames[] = {"Normal", "Operational", "Mandatory"};
  return kNames[static_cast<u8>(v)];
}
inline std::string toText(Pays v) { return v == Pays::Yes ? "Yes" : "No"; }
inline std::string toText(const DispatchInfo& v) {
  return "{callWeight:" + toText(v.call_weight) + ",extensionWeight:" + toText(v.extension_weight) +
         ",class:" + toText(v.dispatch_class) + ",paysFee:" + toText(v.pays_fee) + "}";
}
inline std::string toText(const PostDispatchInfo& v) {
  return "{actualWeight:" + toText(v.actual_weight) + ",paysFee:" + toText(v.pays_fee) + "}";
}
inline std::string toText(const Phase& v) {
  switch (v.kind) {
    case Phase::Kind::ApplyExtrinsic: return variantText("ApplyExtrinsic", toText(v.extrinsic_index));
    case Phase::Kind::Finalization: return "Finalization";
    case Phase::Kind::Initialization: return "Initialization";
  }
  return "?";
}
inline std::string toText(const TestSystemEvent& v) {
  if (const auto* s = std::get_if<ExtrinsicSuccess>(&v)) {
    return variantText("ExtrinsicSuccess", "{dispatchInfo:" + toText(s->dispatch_info) + "}");
  }
  if (const auto* f = std::get_if<ExtrinsicFailed>(&v)) {
    return variantText("ExtrinsicFailed", "{dispatchError:" + toText(f->dispatch_error) +
                                              ",dispatchInfo:" + toText(f->dispatch_info) + "}");
  }
  const auto& r = std::get<Remarked>(v);
  return variantText("Remarked", "{sender:" + toText(r.sender) + ",hash:" + toText(r.hash) + "}");
}
inline std::string toText(const TestRuntimeEvent& v) { return variantText("System", toText(std::get<0>(v))); }
template <class E, class T>
std::string toText(const EventRecord<E, T>& v) {
  return "{phase:" + toText(v.phase) + ",event:" + toText(v.event) + ",topics:" + toText(v.topics) + "}";
}

// --- accounts ---
inline std::string toText(const ExtraFlags& v) { return toText(v.bits); }
template <class Balance>
std::string toText(const AccountData<Balance>& v) {
  return "{free:" + toText(v.free) + ",reserved:" + toText(v.reserved) + ",frozen:" + toText(v.frozen) +
         ",flags:" + toText(v.flags) + "}";
}
template <class Nonce, class Data>
std::string toText(const AccountInfo<Nonce, Data>& v) {
  return "{nonce:" + toText(v.nonce) + ",consumers:" + toText(v.consumers) + ",providers:" + toText(v.providers) +
         ",sufficients:" + toText(v.sufficients) + ",data:" + toText(v.data) + "}";
}

// --- extrinsics ---
inline std::string toText(const SignedExtra& v) {
  return "{era:" + toText(v.era()) + ",nonce:" + toText(v.nonce()) + ",tip:" + toText(v.tip()) + "}";
}
inline std::string toText(const SignedExtraAdditional& v) {
  return "{specVersion:" + toText(v.spec_version) + ",transactionVersion:" + toText(v.transaction_version) +
         ",genesisHash:" + toText(v.genesis_hash) + ",blockHash:" + toText(v.mortality_block_hash) + "}";
}
template <class Extra, class Address, class Signature>
std::string toText(const UncheckedExtrinsic<Extra, Address, Signature>& v) {
  std::string signature = "None";
  if (v.signed_part.has_value()) {
    const auto& p = *v.signed_part;
    signature = "Some((" + toText(p.address) + "," + toText(p.signature) + "," + toText(p.extra) + "))";
  }
  return "{signature:" + signature + ",call:" + toHex(v.call) + "}";
}

}  // namespace rt::runtime::primitives::test
