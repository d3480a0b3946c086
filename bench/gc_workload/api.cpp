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
