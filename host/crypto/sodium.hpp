// SPDX-License-Identifier: Apache-2.0
// libsodium set-up and the host's randomness: every entry point that calls libsodium first makes
// sure `sodium_init` ran (once, thread-safe), and random seeds and signing nonces come from
// libsodium's `randombytes_buf` (the OS CSPRNG).
#pragma once

#include <span>

#include "host/crypto/bytes.hpp"

namespace rt::hostlib::crypto {

/// Initialises libsodium on first use; traps if the library cannot start.
void ensureSodium();

/// Fills `out` from the OS CSPRNG.
void randomBytes(std::span<uint8_t> out);

/// 32 fresh random bytes.
Bytes<32> random32();

}  // namespace rt::hostlib::crypto
