// SPDX-License-Identifier: Apache-2.0
// Bench-only runtime API `GcBench_workload` (never in build/runtime.wasm; only in the bench
// modules bench/CMakeLists.txt links): input SCALE WorkloadParams, output SCALE WorkloadResult.
#include "bench/gc_workload/workload.hpp"
#include "runtime/api/entry_point.hpp"

#if RT_GC_CONSERVATIVE && defined(__wasm__)
#include "gc/conservative/platform.hpp"
#endif

namespace rt::bench {

runtime::Output gcBenchWorkload(std::span<const uint8_t> input) {
  const auto params = runtime::decodeInputOrPanic<WorkloadParams>(input, "GcBench_workload");
  uint64_t begin = 0;
  uint64_t end = 0;
#if RT_GC_CONSERVATIVE && defined(__wasm__)
  const gc::conservative::Region region = gc::conservative::region();
  begin = region.begin;
  end = region.end;
#endif
  return codec::encode(runWorkload(params, begin, end));
}

}  // namespace rt::bench

RT_ENTRY_POINT(GcBench_workload, rt::bench::gcBenchWorkload)

#if defined(__wasm__)
#include "runtime/host/allocator.hpp"

namespace rt::bench {

/// Bench-only `GcBench_hostAllocator`: replays a script of host allocator calls and returns what
/// the host's allocator answered, so a host's ext_allocator_* can be recorded and compared with
/// another's (tests/host/allocator/). Input: Vec<(u8 op, u32 arg)>; op 0 = malloc(arg bytes),
/// op 1 = free(the pointer of the arg-th malloc of the script). Output: Vec<u32>, the pointer of
/// every malloc in order. Run it in the conservative build: its own objects live in the GC
/// region, so the host sees exactly the script (after its own allocation of the input).
runtime::Output gcBenchHostAllocator(std::span<const uint8_t> input) {
  using Op = std::tuple<uint8_t, uint32_t>;
  const auto script = runtime::decodeInputOrPanic<std::vector<Op>>(input, "GcBench_hostAllocator");
  std::vector<uint32_t> pointers;
  pointers.reserve(script.size());
  for (const auto& [op, arg] : script) {
    if (op == 0) {
      pointers.push_back(static_cast<uint32_t>(reinterpret_cast<uintptr_t>(host::malloc(arg))));
    } else if (op == 1 && arg < pointers.size()) {
      host::free(reinterpret_cast<void*>(static_cast<uintptr_t>(pointers[arg])));
    } else {
      rt_panic("GcBench_hostAllocator: bad script entry", __FILE__, __LINE__);
    }
  }
  return codec::encode(pointers);
}

}  // namespace rt::bench

RT_ENTRY_POINT(GcBench_hostAllocator, rt::bench::gcBenchHostAllocator)
#endif
