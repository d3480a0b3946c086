// SPDX-License-Identifier: Apache-2.0
// Memory efficiency: what the host gives the heap stays within 1.25x of the live bytes at peak.
//
// Workload: 200,000 allocations (half of a few fixed object sizes, half buffers of random
// length), >= 64 MiB allocated over the call, a rolling window of ~20,000 live (<= 8 MiB).
#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <vector>

#include "gc/gc.hpp"
#include "test_util.hpp"

using namespace rt::gc;

namespace {

template <size_t N>
struct Blob {
  uint8_t bytes[N];
};

struct Slot {
  void* raw = nullptr;
  size_t raw_size = 0;
  Ref<Blob<32>> small;
  Ref<Blob<96>> medium;
  Ref<Blob<256>> big;
};

}  // namespace

TEST_CASE("peak host bytes <= 1.25 x peak live bytes") {
  test::CallScope scope;
  constexpr size_t kWindow = 20000;
  constexpr int kAllocations = 200000;
  std::mt19937_64 rng(42);
  {
    std::vector<Slot> window(kWindow);
    for (int i = 0; i < kAllocations; ++i) {
      Slot& s = window[rng() % kWindow];
      if (s.raw) deallocate(s.raw, s.raw_size);
      s = Slot{};  // releases the objects that were there
      switch (rng() % 6) {
        case 0: s.small = make<Blob<32>>(); break;
        case 1: s.medium = make<Blob<96>>(); break;
        case 2: s.big = make<Blob<256>>(); break;
        default:
          s.raw_size = 16 + rng() % 1200;
          s.raw = allocate(s.raw_size);
          break;
      }
    }
    for (Slot& s : window) {
      if (s.raw) deallocate(s.raw, s.raw_size);
      s = Slot{};
    }
  }
  Stats st = stats();
  MESSAGE("allocated ", st.allocated_bytes, " peak live ", st.peak_live_bytes, " peak host ",
          st.peak_host_bytes, " ratio ",
          static_cast<double>(st.peak_host_bytes) / static_cast<double>(st.peak_live_bytes));
  CHECK(st.allocations == static_cast<uint64_t>(kAllocations));
  CHECK(st.allocated_bytes >= 64ull * 1024 * 1024);
  CHECK(st.peak_live_bytes <= 8ull * 1024 * 1024);
  CHECK(st.live_bytes == 0);
  CHECK(st.peak_host_bytes * 4 <= st.peak_live_bytes * 5);
}
