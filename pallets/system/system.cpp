// SPDX-License-Identifier: Apache-2.0
#include "pallets/system/system.hpp"

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

void depositEvent(uint8_t pallet_index, std::span<const uint8_t> pallet_event) {
  // FRAME deposits nothing before the block is initialized (genesis, off-chain calls).
  if (Number::get() == 0) return;
  const p::Phase phase = ExecutionPhase::get().value_or(p::Phase::initialization());
  std::vector<uint8_t> record = codec::encode(phase);
  record.push_back(pallet_index);
  record.insert(record.end(), pallet_event.begin(), pallet_event.end());
  record.push_back(0);  // topics: []
  host::storage::append(kEventsKey, record);
  EventCount::mutate([](uint32_t& n) { n += 1; });
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
  auto raw = host::storage::get(bytesOf(kExtrinsicIndexKey));
  if (!raw) return 0;
  auto v = codec::decode<uint32_t>(std::span<const uint8_t>(raw->data(), raw->size()));
  return v ? v.value() : 0;
}

void noteExtrinsic(std::span<const uint8_t> encoded) {
  ExtrinsicData::insert(extrinsicIndex(), std::vector<uint8_t>(encoded.begin(), encoded.end()));
}

void noteAppliedExtrinsic(const rt::Result<rt::Unit, p::DispatchError>& result, const p::DispatchInfo& info) {
  // frame_system's DispatchEventInfo { weight, class, pays_fee }: the actual weight plus the
  // class's base_extrinsic weight (ExtrinsicBaseWeight, 125 µs).
  const p::Weight total = info.totalWeight();
  const DispatchEventInfo event_info{p::Weight{total.ref_time + 125'000'000, total.proof_size}, info.dispatch_class,
                                     info.pays_fee};
  if (result.has_value()) {
    std::vector<uint8_t> event{static_cast<uint8_t>(EventIndex::ExtrinsicSuccess)};
    const auto encoded = codec::encode(event_info);
    event.insert(event.end(), encoded.begin(), encoded.end());
    depositEvent(kIndex, event);
  } else {
    std::vector<uint8_t> event{static_cast<uint8_t>(EventIndex::ExtrinsicFailed)};
    const auto error = codec::encode(result.error());
    const auto encoded = codec::encode(event_info);
    event.insert(event.end(), error.begin(), error.end());
    event.insert(event.end(), encoded.begin(), encoded.end());
    depositEvent(kIndex, event);
  }
  const uint32_t next = extrinsicIndex() + 1;
  host::storage::set(bytesOf(kExtrinsicIndexKey), codec::encode(next));
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
