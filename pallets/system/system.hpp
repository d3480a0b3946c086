// SPDX-License-Identifier: Apache-2.0
// pallet_system (frame_system): block bookkeeping, accounts, events.
// Mirrors substrate/frame/system/src/lib.rs: the storage items keep FRAME's names and layouts (so
// keys, and polkadot.js's view of them, are FRAME's), and initialize / note_extrinsic /
// note_applied_extrinsic / note_finished_extrinsics / finalize do what frame_system's do.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "runtime/composition.hpp"
#include "runtime/primitives/account_info.hpp"
#include "runtime/primitives/digest.hpp"
#include "runtime/primitives/dispatch_error.hpp"
#include "runtime/primitives/dispatch_info.hpp"
#include "runtime/primitives/event_record.hpp"
#include "runtime/primitives/fixed_bytes.hpp"
#include "runtime/primitives/header.hpp"
#include "runtime/support/small_bytes.hpp"
#include "runtime/support/storage.hpp"

namespace rt::pallets::system {

namespace p = rt::runtime::primitives;
using support::Blake2_128Concat;
using support::OptionQuery;
using support::StorageMap;
using support::StorageValue;
using support::Twox64Concat;

inline constexpr uint8_t kIndex = runtime::kSystemIndex;

using AccountData = p::AccountData<unsigned __int128>;
using AccountInfo = p::AccountInfo<uint32_t, AccountData>;

/// frame_system's per-class weight accounting (PerDispatchClass<Weight>: normal, operational,
/// mandatory).
struct PerDispatchClassWeight {
  p::Weight normal, operational, mandatory;
  template <class Ar>
  friend void scale(Ar& ar, PerDispatchClassWeight& v) { ar(v.normal, v.operational, v.mandatory); }
};

// --- storage (frame_system's #[pallet::storage] items) ---
using Account = StorageMap<"System", "Account", Blake2_128Concat, p::AccountId32, AccountInfo>;
using ExtrinsicCount = StorageValue<"System", "ExtrinsicCount", uint32_t, OptionQuery>;
using InherentsApplied = StorageValue<"System", "InherentsApplied", bool>;
using BlockWeight = StorageValue<"System", "BlockWeight", PerDispatchClassWeight>;
using AllExtrinsicsLen = StorageValue<"System", "AllExtrinsicsLen", uint32_t, OptionQuery>;
using BlockHash = StorageMap<"System", "BlockHash", Twox64Concat, uint32_t, p::H256>;
using ExtrinsicData = StorageMap<"System", "ExtrinsicData", Twox64Concat, uint32_t, std::vector<uint8_t>>;
using Number = StorageValue<"System", "Number", uint32_t>;
using ParentHash = StorageValue<"System", "ParentHash", p::H256>;
using Digest = StorageValue<"System", "Digest", p::Digest>;
using EventCount = StorageValue<"System", "EventCount", uint32_t>;
using ExecutionPhase = StorageValue<"System", "ExecutionPhase", p::Phase, OptionQuery>;
/// System.Events: Vec<EventRecord<RuntimeEvent, H256>>, appended one record at a time.
inline constexpr auto kEventsKey = support::storagePrefix<"System", "Events">();
inline constexpr auto kEventTopicsPrefix = support::storagePrefix<"System", "EventTopics">();

/// sp_core::storage::well_known_keys::EXTRINSIC_INDEX.
inline constexpr std::string_view kExtrinsicIndexKey = ":extrinsic_index";

// --- events (frame_system::Event, variant indices as FRAME's) ---
enum class EventIndex : uint8_t {
  ExtrinsicSuccess = 0,
  ExtrinsicFailed = 1,
  CodeUpdated = 2,
  NewAccount = 3,
  KilledAccount = 4,
  Remarked = 5,
  UpgradeAuthorized = 6,
};

/// Deposits a RuntimeEvent (the pallet's index, then its event encoding) in the current phase,
/// without topics: appends the EventRecord to System.Events and counts it (deposit_event_indexed).
void depositEvent(uint8_t pallet_index, std::span<const uint8_t> pallet_event);

/// Appends a complete EventRecord to System.Events and counts it (the common tail of the two
/// deposit functions).
void depositEventRecord(std::span<const uint8_t> record);
/// Whether events are recorded now (FRAME deposits none before a block is initialized) and, if so,
/// the phase to record them in.
std::optional<p::Phase> eventPhase();

/// Deposits event `variant` of pallet `pallet_index` with `fields` (each SCALE-encoded in order),
/// as depositEvent does, with the record built on the stack: no allocation for typical events.
template <typename... Fields>
void depositEventOf(uint8_t pallet_index, uint8_t variant, const Fields&... fields) {
  const std::optional<p::Phase> phase = eventPhase();
  if (!phase) return;
  support::SmallBytes<256> record;
  record.appendEncoded(*phase);
  const uint8_t head[2] = {pallet_index, variant};
  record.append(head);
  (record.appendEncoded(fields), ...);
  const uint8_t no_topics = 0;
  record.append(std::span<const uint8_t>(&no_topics, 1));
  depositEventRecord(record);
}

// --- block lifecycle ---

/// frame_system::Pallet::reset_events: forgets the previous block's events.
void resetEvents();

/// frame_system::Pallet::initialize: the block's number, parent hash and digest.
void initialize(uint32_t number, const p::H256& parent_hash, const p::Digest& digest);

/// note_finished_initialize: the initialization hooks ran; the phase becomes ApplyExtrinsic(0).
void noteFinishedInitialize();

/// The index of the extrinsic being applied (the well-known `:extrinsic_index`).
uint32_t extrinsicIndex();

/// note_extrinsic: keeps the extrinsic's bytes for the extrinsics root.
void noteExtrinsic(std::span<const uint8_t> encoded);

/// note_applied_extrinsic: ExtrinsicSuccess / ExtrinsicFailed, then the next index and phase.
void noteAppliedExtrinsic(const rt::Result<rt::Unit, p::DispatchError>& result, const p::DispatchInfo& info);

/// note_finished_extrinsics: ExtrinsicCount, then the Finalization phase.
void noteFinishedExtrinsics();

/// Marks that the inherents were applied (inherents must come first in a block).
void noteInherentsApplied();

/// frame_system::Pallet::finalize: the header, with the extrinsics root (ordered trie of the noted
/// extrinsics) and the state root from the host, for `state_version`.
p::Header<> finalize(uint8_t state_version);

}  // namespace rt::pallets::system
