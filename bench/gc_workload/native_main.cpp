// SPDX-License-Identifier: Apache-2.0
// gc-workload-<backend>: the GC workload natively, one process per backend (the contract's
// functions are the backend's own symbols). Prints one JSON object: the result and the time.
//
//   gc-workload-<backend> [--iterations N] [--slots N] [--seed N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "bench/gc_workload/workload.hpp"

namespace {

#if RT_GC_CONSERVATIVE
constexpr const char* kBackend = "conservative";
#else
constexpr const char* kBackend = "host_heap";
#endif

bool parseU64(const char* text, uint64_t& out) {
  if (text == nullptr || *text == '\0' || *text == '-') return false;
  char* end = nullptr;
  out = std::strtoull(text, &end, 10);
  return *end == '\0';
}

}  // namespace

int main(int argc, char** argv) {
  rt::bench::WorkloadParams params;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    uint64_t v = 0;
    if (i + 1 >= argc || !parseU64(argv[i + 1], v)) {
      std::fprintf(stderr, "gc-workload: %s needs a number\nusage: %s [--iterations N] [--slots N] [--seed N]\n",
                   argv[i], argv[0]);
      return 2;
    }
    ++i;
    if (arg == "--iterations") {
      params.iterations = static_cast<uint32_t>(v);
    } else if (arg == "--slots") {
      params.slots = static_cast<uint32_t>(v);
    } else if (arg == "--seed") {
      params.seed = v;
    } else {
      std::fprintf(stderr, "gc-workload: unknown option %s\n", argv[i - 1]);
      return 2;
    }
  }
  const auto start = std::chrono::steady_clock::now();
  rt::gc::callBegin();
  const rt::bench::WorkloadResult r = rt::bench::runWorkload(params);
  rt::gc::callEnd();
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "{\"backend\":\"%s\",\"time_ms\":%.3f,\"checksum\":\"%016llx\",\"verify_failures\":%u,"
      "\"allocations\":%llu,\"allocated_bytes\":%llu,\"live_bytes\":%llu,\"peak_live_bytes\":%llu,"
      "\"host_malloc_calls\":%llu,\"host_free_calls\":%llu,\"peak_host_bytes\":%llu,"
      "\"collections\":%llu,\"region_high_water\":%llu}\n",
      kBackend, ms,
      static_cast<unsigned long long>(r.checksum), r.verify_failures,
      static_cast<unsigned long long>(r.allocations),
      static_cast<unsigned long long>(r.allocated_bytes),
      static_cast<unsigned long long>(r.live_bytes),
      static_cast<unsigned long long>(r.peak_live_bytes),
      static_cast<unsigned long long>(r.host_malloc_calls),
      static_cast<unsigned long long>(r.host_free_calls),
      static_cast<unsigned long long>(r.peak_host_bytes),
      static_cast<unsigned long long>(r.collections),
      static_cast<unsigned long long>(r.region_high_water));
  return r.verify_failures == 0 ? 0 : 1;
}
