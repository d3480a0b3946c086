// SPDX-License-Identifier: Apache-2.0
#include "pallets/system/system.hpp"

#include <cstring>

#include "runtime/host/storage.hpp"
#include "runtime/host/trie.hpp"

namespace rt::pallets::system {
namespace {

/// frame_system::DispatchEventInfo, what ExtrinsicSuccess / ExtrinsicFailed carry.
struct DispatchEventInfo {
  p::Weight weight;
  p::DispatchClass dispatch_class;
  p::Pays pays_fee;
  template <class Ar>
  friend void scale(Ar& ar, DispatchEventInfo& v) { ar(v.weight, v.dispatch_class, v.pays_fee); }
};

std::span<const uint8_t> bytesOf(std::string_view s) {
  return std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

}  // namespace

std::optional<p::Phase> eventPhase() {
  // FRAME deposits nothing before the block is initialized (genesis, off-chain calls).
  if (Number::get() == 0) return std::nullopt;
  return ExecutionPhase::get().value_or(p::Phase::initialization());
}

void depositEventRecord(std::span<const uint8_t> record) {
  host::storage::append(kEventsKey, record);
  EventCount::mutate([](uint32_t& n) { n += 1; });
}

void depositEvent(uint8_t pallet_index, std::span<const uint8_t> pallet_event) {
  const std::optional<p::Phase> phase = eventPhase();
  if (!phase) return;
  support::SmallBytes<256> record;
  record.appendEncoded(*phase);
  record.append(std::span<const uint8_t>(&pallet_index, 1));
  record.append(pallet_event);
  const uint8_t no_topics = 0;
  record.append(std::span<const uint8_t>(&no_topics, 1));
  depositEventRecord(record);
}

void resetEvents() {
  host::storage::clear(kEventsKey);
  EventCount::kill();
  host::storage::clearPrefix(kEventTopicsPrefix, std::nullopt);
}

void initialize(uint32_t number, const p::H256& parent_hash, const p::Digest& digest) {
  ExecutionPhase::put(p::Phase::initialization());
  host::storage::set(bytesOf(kExtrinsicIndexKey), codec::encode(uint32_t{0}));
  Number::put(number);
  Digest::put(digest);
  ParentHash::put(parent_hash);
  BlockHash::insert(number - 1, parent_hash);
  InherentsApplied::kill();
  BlockWeight::kill();
}

void noteFinishedInitialize() { ExecutionPhase::put(p::Phase::applyExtrinsic(0)); }

uint32_t extrinsicIndex() {
  return support::detail::read<uint32_t>(bytesOf(kExtrinsicIndexKey)).value_or(0);
}

void noteExtrinsic(std::span<const uint8_t> encoded) {
  // ExtrinsicData[index] = encoded as a Vec<u8> (compact length, then the bytes), written from the
  // stack rather than through a copy of the extrinsic.
  support::StorageKey key;
  ExtrinsicData::keyInto(key, extrinsicIndex());
  support::SmallBytes<512> value;
  value.appendEncoded(codec::Compact<uint32_t>{static_cast<uint32_t>(encoded.size())});
  value.append(encoded);
  host::storage::set(key, value);
}

void noteAppliedExtrinsic(const rt::Result<rt::Unit, p::DispatchError>& result, const p::DispatchInfo& info) {
  // frame_system's DispatchEventInfo { weight, class, pays_fee }: the actual weight plus the
  // class's base_extrinsic weight (ExtrinsicBaseWeight, 125 µs).
  const p::Weight total = info.totalWeight();
  const DispatchEventInfo event_info{p::Weight{total.ref_time + 125'000'000, total.proof_size}, info.dispatch_class,
                                     info.pays_fee};
  if (result.has_value()) {
    depositEventOf(kIndex, static_cast<uint8_t>(EventIndex::ExtrinsicSuccess), event_info);
  } else {
    depositEventOf(kIndex, static_cast<uint8_t>(EventIndex::ExtrinsicFailed), result.error(), event_info);
  }
  const uint32_t next = extrinsicIndex() + 1;
  uint8_t encoded_next[4];
  std::memcpy(encoded_next, &next, 4);  // u32 LE, as SCALE
  host::storage::set(bytesOf(kExtrinsicIndexKey), encoded_next);
  ExecutionPhase::put(p::Phase::applyExtrinsic(next));
}

void noteFinishedExtrinsics() {
  const uint32_t count = extrinsicIndex();
  host::storage::clear(bytesOf(kExtrinsicIndexKey));
  ExtrinsicCount::put(count);
  ExecutionPhase::put(p::Phase::finalization());
}

void noteInherentsApplied() { InherentsApplied::put(true); }

p::Header<> finalize(uint8_t state_version) {
  ExecutionPhase::kill();
  AllExtrinsicsLen::kill();
  host::storage::clear(bytesOf(kExtrinsicIndexKey));
  InherentsApplied::kill();

  p::Header<> header;
  header.number = Number::get();
  header.parent_hash = ParentHash::get();
  header.digest = Digest::get();

  // The extrinsics root: the ordered trie of the noted extrinsics (extrinsics_data_root).
  const uint32_t count = ExtrinsicCount::take().value_or(0);
  std::vector<std::vector<uint8_t>> extrinsics;
  extrinsics.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    extrinsics.push_back(ExtrinsicData::get(i));
    ExtrinsicData::remove(i);
  }
  header.extrinsics_root.bytes = host::trie::blake2_256OrderedRoot(codec::encode(extrinsics), state_version);

  // Move the block-hash window by one block.
  if (header.number > runtime::kBlockHashCount) {
    const uint32_t to_remove = header.number - runtime::kBlockHashCount - 1;
    if (to_remove != 0) BlockHash::remove(to_remove);
  }
  header.state_root.bytes = host::storage::root(state_version);
  return header;
}

}  // namespace rt::pallets::system
