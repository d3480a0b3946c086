// SPDX-License-Identifier: Apache-2.0
// Shared helpers of the host_heap tests: a call scope that checks nothing leaks at callEnd().
#pragma once

#include <doctest/doctest.h>

#include "gc/gc.hpp"

namespace rt::gc::test {

/// Brackets a test in callBegin()/callEnd(); at the end every host block must be back.
/// Declare it before any Ref so that the Refs are gone when it ends.
struct CallScope {
  CallScope() { callBegin(); }
  ~CallScope() {
    callEnd();
    Stats s = stats();
    CHECK(s.host_bytes == 0);
    CHECK(s.live_bytes == 0);
    CHECK(s.host_free_calls == s.host_malloc_calls);
  }
  CallScope(const CallScope&) = delete;
  CallScope& operator=(const CallScope&) = delete;
};

}  // namespace rt::gc::test
