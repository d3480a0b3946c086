// SPDX-License-Identifier: Apache-2.0
// How System stores events: each EventRecord names the phase of the block it happened in, the
// runtime's event (a template parameter: the runtime's RuntimeEvent enum) and its topics.
// System.Events holds a Vec<EventRecord<RuntimeEvent, H256>>.
//
// Mirrors `enum Phase` and `struct EventRecord<E, T>` in
// https://github.com/paritytech/polkadot-sdk/blob/9c968834987f41ca738003ce98c5ed1cfa910be4/substrate/frame/system/src/lib.rs
#pragma once

#include <vector>

#include "codec/codec.hpp"
#include "runtime/primitives/fixed_bytes.hpp"

namespace rt::runtime::primitives {

/// frame_system::Phase: ApplyExtrinsic(index) = 0, Finalization = 1, Initialization = 2.
struct Phase {
  /// The variant, with its on-chain index.
  enum class Kind : u8 {
    ApplyExtrinsic = 0,  ///< applying the extrinsic at `extrinsic_index`
    Finalization = 1,    ///< finalizing the block
    Initialization = 2,  ///< initializing the block (Rust's Default)
  };
  /// Valid indices of Kind (for decoding).
  friend constexpr bool scaleEnumValid(Kind k) { return static_cast<u8>(k) <= 2; }

  Kind kind = Kind::Initialization;  ///< which variant
  u32 extrinsic_index = 0;           ///< payload of Kind::ApplyExtrinsic

  /// Phase::ApplyExtrinsic(index).
  static constexpr Phase applyExtrinsic(u32 index) { return {Kind::ApplyExtrinsic, index}; }
  /// Phase::Finalization.
  static constexpr Phase finalization() { return {Kind::Finalization, 0}; }
  /// Phase::Initialization.
  static constexpr Phase initialization() { return {Kind::Initialization, 0}; }

  /// Same kind and, for ApplyExtrinsic, the same index.
  friend constexpr bool operator==(const Phase& a, const Phase& b) {
    return a.kind == b.kind && (a.kind != Kind::ApplyExtrinsic || a.extrinsic_index == b.extrinsic_index);
  }
  /// SCALE: the index, then the u32 for ApplyExtrinsic.
  template <class Ar>
  friend void scale(Ar& ar, Phase& v) {
    ar(v.kind);
    if (v.kind == Kind::ApplyExtrinsic) ar(v.extrinsic_index);
  }
};

/// frame_system::EventRecord<E, T>: E is the runtime's event type (any encodable type), T the topic
/// type (H256 in FRAME runtimes).
template <class E, class T = H256>
struct EventRecord {
  Phase phase;              ///< when in the block the event happened
  E event{};                ///< the event
  std::vector<T> topics;    ///< topics for filtering (System.EventTopics)

  /// Field-wise equality (needs E == E).
  bool operator==(const EventRecord&) const = default;
  /// SCALE: phase, event, topics.
  template <class Ar>
  friend void scale(Ar& ar, EventRecord& v) {
    ar(v.phase, v.event, v.topics);
  }
};

}  // namespace rt::runtime::primitives
