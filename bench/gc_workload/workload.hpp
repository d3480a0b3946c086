// SPDX-License-Identifier: Apache-2.0
// The GC workload: the allocator benchmark of bench/ and the GC acceptance test's wasm payload.
//
// One run is one runtime call's worth of allocation through gc/gc.hpp only (make<T>, Ref<T>,
// Allocator<T>, hostBuffer, safePoint), so the same code measures every backend, natively and in
// wasm. A table of `slots` live nodes is overwritten at random for `iterations` steps; each
// step allocates a Node (make<Node>) and its payload (a std::vector on gc::Allocator, 16..1023
// bytes of a pattern derived from the node's id), and sometimes links the node to another live
// node, so garbage forms chains and the live set stays bounded (at most two nodes per slot).
// Every 16 steps a random live node's payload is verified and folded into the checksum, and
// host blocks (hostBuffer) are taken now and then: in the conservative build they must land above
// the GC region and the region's contents must survive them. The checksum depends only on the
// parameters, never on addresses or on the backend.
#pragma once

#include <cstdint>

#include "codec/codec.hpp"
#include "gc/gc.hpp"

namespace rt::bench {

/// What to run (the SCALE input of the wasm export).
struct WorkloadParams {
  uint32_t iterations = 150'000;  ///< steps; each allocates two GC objects
  uint32_t slots = 4096;          ///< live table size (bounds the live set)
  uint64_t seed = 1;              ///< PRNG seed

  template <class Ar>
  friend void scale(Ar& ar, WorkloadParams& p) { ar(p.iterations, p.slots, p.seed); }
};

/// What a run found (the SCALE output of the wasm export).
struct WorkloadResult {
  uint64_t checksum = 0;            ///< fold of every verified node; backend-independent
  uint32_t verify_failures = 0;     ///< payload bytes that did not match their pattern (must be 0)
  uint32_t host_blocks = 0;         ///< hostBuffer blocks taken
  uint64_t host_block_lowest = 0;   ///< lowest hostBuffer address (wasm: must be above the region)
  uint64_t region_begin = 0;        ///< conservative on wasm32: the GC region, else 0
  uint64_t region_end = 0;
  uint64_t live_bytes = 0;          ///< gc::stats() at the end of the run, field by field
  uint64_t peak_live_bytes = 0;
  uint64_t allocated_bytes = 0;
  uint64_t allocations = 0;
  uint64_t host_malloc_calls = 0;
  uint64_t host_free_calls = 0;
  uint64_t host_bytes = 0;
  uint64_t peak_host_bytes = 0;
  uint64_t collections = 0;
  uint64_t region_high_water = 0;

  template <class Ar>
  friend void scale(Ar& ar, WorkloadResult& r) {
    ar(r.checksum, r.verify_failures, r.host_blocks, r.host_block_lowest, r.region_begin,
       r.region_end, r.live_bytes, r.peak_live_bytes, r.allocated_bytes, r.allocations,
       r.host_malloc_calls, r.host_free_calls, r.host_bytes, r.peak_host_bytes, r.collections,
       r.region_high_water);
  }
};

/// Runs the workload inside the current GC call (the caller brackets it with callBegin/callEnd;
/// the wasm entry point does). `region_begin`/`region_end` are copied into the result.
WorkloadResult runWorkload(const WorkloadParams& params, uint64_t region_begin = 0,
                           uint64_t region_end = 0);

}  // namespace rt::bench
