// SPDX-License-Identifier: Apache-2.0
// pallet_timestamp: the block's time, set once per block by a mandatory inherent.
// Mirrors substrate/frame/timestamp/src/lib.rs: storage Now (u64, ms) and DidUpdate (bool), the
// call `set(now: Compact<u64>)` (index 0, origin None, DispatchClass::Mandatory), the inherent
// "timstap0", on_finalize's check, and the constant MinimumPeriod.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "runtime/composition.hpp"
#include "runtime/support/dispatch.hpp"
#include "runtime/support/storage.hpp"

namespace rt::pallets::timestamp {

inline constexpr uint8_t kIndex = runtime::kTimestampIndex;

/// pallet_timestamp::Config::MinimumPeriod (node-template: SLOT_DURATION / 2).
inline constexpr uint64_t kMinimumPeriod = runtime::kSlotDurationMs / 2;

/// sp_timestamp::INHERENT_IDENTIFIER.
inline constexpr std::array<uint8_t, 8> kInherentId = {'t', 'i', 'm', 's', 't', 'a', 'p', '0'};

using Now = support::StorageValue<"Timestamp", "Now", uint64_t>;
using DidUpdate = support::StorageValue<"Timestamp", "DidUpdate", bool>;

/// The call index of `set`.
inline constexpr uint8_t kSetCallIndex = 0;

/// Timestamp::set(now): panics as FRAME does when set twice or too early (a block doing so is
/// invalid and its execution fails).
support::DispatchResult set(const support::Origin& origin, uint64_t now);

/// on_finalize: the timestamp must have been set in this block.
void onFinalize();

/// The encoded RuntimeCall `Timestamp::set(now)` (pallet index, call index, Compact<u64>).
std::vector<uint8_t> setCall(uint64_t now);

/// The inherent's timestamp in `inherent_data` (InherentData: BTreeMap<[u8; 8], Vec<u8>>), if any.
std::optional<uint64_t> inherentTimestamp(const std::map<std::array<uint8_t, 8>, std::vector<uint8_t>>& inherent_data);

}  // namespace rt::pallets::timestamp
