// SPDX-License-Identifier: Apache-2.0
#include "bench/gc_workload/workload.hpp"

#include <cstring>
#include <vector>

namespace rt::bench {
namespace {

/// xorshift64*: deterministic on every platform.
struct Rng {
  uint64_t state;
  uint64_t next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1DULL;
  }
  uint32_t below(uint32_t n) { return static_cast<uint32_t>(next() % n); }
};

struct Node {
  uint64_t id = 0;
  gc::Ref<Node> next;
  std::vector<uint8_t, gc::Allocator<uint8_t>> payload;
};

uint8_t patternByte(uint64_t id, size_t j) {
  return static_cast<uint8_t>((id * 0x9E3779B1u) >> 24 ^ (j * 131u));
}

/// FNV-1a over 64-bit words.
void fold(uint64_t& h, uint64_t v) {
  h ^= v;
  h *= 0x100000001B3ULL;
}

void verify(const Node& node, uint64_t& checksum, uint32_t& failures) {
  uint64_t sum = 0;
  for (size_t j = 0; j < node.payload.size(); ++j) {
    if (node.payload[j] != patternByte(node.id, j)) ++failures;
    sum += node.payload[j];
  }
  fold(checksum, node.id);
  fold(checksum, node.payload.size());
  fold(checksum, sum);
}

}  // namespace

WorkloadResult runWorkload(const WorkloadParams& params, uint64_t region_begin,
                           uint64_t region_end) {
  WorkloadResult r;
  r.region_begin = region_begin;
  r.region_end = region_end;
  r.checksum = 0xCBF29CE484222325ULL;
  r.host_block_lowest = UINT64_MAX;
  Rng rng{params.seed * 0x9E3779B97F4A7C15ULL + 1};
  const uint32_t slots = params.slots == 0 ? 1 : params.slots;
  {
    std::vector<gc::Ref<Node>, gc::Allocator<gc::Ref<Node>>> table(slots);
    for (uint32_t i = 0; i < params.iterations; ++i) {
      gc::Ref<Node> node = gc::make<Node>();
      node->id = i;
      const size_t size = 16 + rng.below(1008);
      node->payload.resize(size);
      for (size_t j = 0; j < size; ++j) node->payload[j] = patternByte(i, j);
      if (rng.below(4) == 0) {  // link to a live node that has no successor (chains <= 2)
        const gc::Ref<Node>& other = table[rng.below(slots)];
        if (other && !other->next) node->next = other;
      }
      table[rng.below(slots)] = std::move(node);

      if (i % 16 == 0) {
        const gc::Ref<Node>& probe = table[rng.below(slots)];
        if (probe) {
          verify(*probe, r.checksum, r.verify_failures);
          if (probe->next) verify(*probe->next, r.checksum, r.verify_failures);
        }
      }
      if (i % 512 == 0) {  // a host block between GC allocations
        const uint32_t host_size = 64 + rng.below(4032);
        uint8_t* block = gc::hostBuffer(host_size);
        std::memset(block, 0xA5, host_size);
        const auto address = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(block));
        if (address < r.host_block_lowest) r.host_block_lowest = address;
        ++r.host_blocks;
#if !defined(__wasm__)
        std::free(block);  // natively hostBuffer is std::malloc; on wasm the host owns it
#endif
      }
      if (i % 1024 == 1023) gc::safePoint();
    }
    for (const gc::Ref<Node>& node : table) {
      if (node) verify(*node, r.checksum, r.verify_failures);
    }
  }
  const gc::Stats s = gc::stats();
  r.live_bytes = s.live_bytes;
  r.peak_live_bytes = s.peak_live_bytes;
  r.allocated_bytes = s.allocated_bytes;
  r.allocations = s.allocations;
  r.host_malloc_calls = s.host_malloc_calls;
  r.host_free_calls = s.host_free_calls;
  r.host_bytes = s.host_bytes;
  r.peak_host_bytes = s.peak_host_bytes;
  r.collections = s.collections;
  r.region_high_water = s.region_high_water;
  if (r.host_blocks == 0) r.host_block_lowest = 0;
  return r;
}

}  // namespace rt::bench
