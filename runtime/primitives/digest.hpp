// SPDX-License-Identifier: Apache-2.0
// The header digest: a list of DigestItems, the log lines consensus engines and the runtime
// exchange (Aura's slot as PreRuntime, the author's Seal, RuntimeEnvironmentUpdated after a code
// change). Indices are sparse: Other = 0, Consensus = 4, Seal = 5, PreRuntime = 6,
// RuntimeEnvironmentUpdated = 8 (1, 2, 3 and 7 were removed variants and no longer decode).
//
// Mirrors `struct Digest`, `enum DigestItem`, `enum DigestItemType` and DigestItem's Encode/Decode:
// https://github.com/paritytech/polkadot-sdk/blob/1a52f9debac9dc27d4aa514dd0d5f880105d1641/substrate/primitives/runtime/src/generic/digest.rs
#pragma once

#include <type_traits>
#include <utility>
#include <vector>

#include "codec/codec.hpp"
#include "runtime/primitives/fixed_bytes.hpp"

namespace rt::runtime::primitives {

/// sp_runtime::generic::DigestItem. A kind tag, the engine id (PreRuntime, Consensus, Seal) and
/// the data (PreRuntime, Consensus, Seal, Other).
struct DigestItem {
  /// sp_runtime::generic::DigestItemType: the variant and its on-chain index.
  enum class Kind : u8 {
    Other = 0,                      ///< some other thing (`data`)
    Consensus = 4,                  ///< a message from the runtime to the consensus engine
    Seal = 5,                       ///< a seal (signature) by the block author, never seen by runtimes
    PreRuntime = 6,                 ///< a message from the consensus engine to the runtime
    RuntimeEnvironmentUpdated = 8,  ///< the runtime code or heap pages changed
  };
  /// Valid indices of Kind (for decoding).
  friend constexpr bool scaleEnumValid(Kind k) {
    const u8 i = static_cast<u8>(k);
    return i == 0 || i == 4 || i == 5 || i == 6 || i == 8;
  }

  Kind kind = Kind::Other;        ///< which variant
  ConsensusEngineId engine{};     ///< the engine (PreRuntime, Consensus, Seal)
  std::vector<u8> data;           ///< the payload (all kinds but RuntimeEnvironmentUpdated)

  /// DigestItem::PreRuntime(engine, data).
  static DigestItem preRuntime(ConsensusEngineId engine, std::vector<u8> data) {
    return {Kind::PreRuntime, engine, std::move(data)};
  }
  /// DigestItem::Consensus(engine, data).
  static DigestItem consensus(ConsensusEngineId engine, std::vector<u8> data) {
    return {Kind::Consensus, engine, std::move(data)};
  }
  /// DigestItem::Seal(engine, signature).
  static DigestItem seal(ConsensusEngineId engine, std::vector<u8> signature) {
    return {Kind::Seal, engine, std::move(signature)};
  }
  /// DigestItem::Other(data).
  static DigestItem other(std::vector<u8> data) { return {Kind::Other, {}, std::move(data)}; }
  /// DigestItem::RuntimeEnvironmentUpdated.
  static DigestItem runtimeEnvironmentUpdated() { return {Kind::RuntimeEnvironmentUpdated, {}, {}}; }

  /// True for the kinds that name an engine.
  constexpr bool hasEngine() const {
    return kind == Kind::PreRuntime || kind == Kind::Consensus || kind == Kind::Seal;
  }
  /// Rust's `try_as_raw`: the data when the item is of `k` (and, for engine kinds, of `id`).
  const std::vector<u8>* tryAsRaw(Kind k, const ConsensusEngineId& id = {}) const {
    if (kind != k || k == Kind::RuntimeEnvironmentUpdated) return nullptr;
    if (hasEngine() && engine != id) return nullptr;
    return &data;
  }

  /// Same kind and the fields that kind has.
  friend bool operator==(const DigestItem& a, const DigestItem& b) {
    if (a.kind != b.kind) return false;
    if (a.hasEngine() && a.engine != b.engine) return false;
    return a.kind == Kind::RuntimeEnvironmentUpdated || a.data == b.data;
  }
  /// SCALE: the index, then (engine, data), data, or nothing.
  template <class Ar>
  friend void scale(Ar& ar, DigestItem& v) {
    ar(v.kind);
    if constexpr (std::is_same_v<Ar, codec::MinSizeArchive>) return;  // lower bound: the tag
    switch (v.kind) {
      case Kind::PreRuntime:
      case Kind::Consensus:
      case Kind::Seal: ar(v.engine, v.data); break;
      case Kind::Other: ar(v.data); break;
      case Kind::RuntimeEnvironmentUpdated: break;
    }
  }
};

/// sp_runtime::generic::Digest.
struct Digest {
  std::vector<DigestItem> logs;  ///< the digest items, in order

  /// The first item for which `pred(item)` returns a non-null pointer, or nullptr (Rust's `log`).
  template <class Pred>
  auto log(Pred pred) const -> decltype(pred(std::declval<const DigestItem&>())) {
    for (const DigestItem& item : logs) {
      if (auto* found = pred(item)) return found;
    }
    return nullptr;
  }
  /// The data of the first PreRuntime item of engine `id`, or nullptr (e.g. Aura's slot).
  const std::vector<u8>* preRuntime(const ConsensusEngineId& id) const {
    return log([&](const DigestItem& item) { return item.tryAsRaw(DigestItem::Kind::PreRuntime, id); });
  }

  /// Same items in the same order.
  bool operator==(const Digest&) const = default;
  /// SCALE: Vec<DigestItem>.
  template <class Ar>
  friend void scale(Ar& ar, Digest& v) {
    ar(v.logs);
  }
};

}  // namespace rt::runtime::primitives
