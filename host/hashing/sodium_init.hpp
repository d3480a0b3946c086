// SPDX-License-Identifier: Apache-2.0
// Internal to host/hashing/: runs sodium_init() once before the first libsodium call, so that
// libsodium picks its CPU-specific blake2b/sha2 code (the reference code is used until then, which
// gives the same digests, only slower).
#pragma once

#include <sodium.h>

#include "rt/assert.hpp"

namespace rt::hostlib::hashing::detail {

/// Initialises libsodium on first use (thread-safe: a function-local static).
inline void ensureSodium() {
  static const bool ok = sodium_init() >= 0;
  RT_ASSERT(ok);
}

}  // namespace rt::hostlib::hashing::detail
