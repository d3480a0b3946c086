// SPDX-License-Identifier: Apache-2.0
// The host's allocator (`ext_allocator_malloc_version_1` / `ext_allocator_free_version_1`).
//
// Every buffer a runtime entry point returns must come from here: the host reads the result and
// then discards the instance. Blocks are 8-byte aligned; out-of-memory traps inside the host.
#pragma once

#include <cstddef>
#include <cstdint>

namespace rt::host {

/// Allocates `size` bytes on the host heap (never null: the host traps when it runs out).
uint8_t* malloc(uint32_t size);

/// Gives a block from `malloc` back to the host.
void free(void* ptr);

}  // namespace rt::host
