// SPDX-License-Identifier: Apache-2.0
// The host's storage (sp_io::storage), as the runtime uses it. Values come back in GC memory
// (gc::ByteBuffer); the host's own result block is freed at once, so the host heap's high-water
// mark does not grow with the number of reads.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>

#include "gc/gc.hpp"

namespace rt::host::storage {

/// ext_storage_get_version_1: the value at `key`, if any.
std::optional<gc::ByteBuffer> get(std::span<const uint8_t> key);
/// ext_storage_read_version_1: copies the value at `key` from byte `offset` on into `out` (as
/// much as fits) and returns the value's whole length, or none when absent. No host allocation
/// holds the value: reads of small values go straight into a caller's (stack) buffer.
std::optional<uint32_t> read(std::span<const uint8_t> key, std::span<uint8_t> out, uint32_t offset);
/// ext_storage_set_version_1.
void set(std::span<const uint8_t> key, std::span<const uint8_t> value);
/// ext_storage_clear_version_1.
void clear(std::span<const uint8_t> key);
/// ext_storage_exists_version_1.
bool exists(std::span<const uint8_t> key);
/// ext_storage_append_version_1: adds one SCALE-encoded item to the Vec stored at `key`.
void append(std::span<const uint8_t> key, std::span<const uint8_t> encoded_item);

/// sp_io's KillStorageResult.
struct ClearPrefixResult {
  bool all_removed = true;
  uint32_t loops = 0;
};
/// ext_storage_clear_prefix_version_2.
ClearPrefixResult clearPrefix(std::span<const uint8_t> prefix, std::optional<uint32_t> limit);
/// ext_storage_next_key_version_1: the next key after `key` in the state, if any.
std::optional<gc::ByteBuffer> nextKey(std::span<const uint8_t> key);
/// ext_storage_root_version_2: the root of the whole state (state version 0 or 1).
std::array<uint8_t, 32> root(uint8_t state_version);

/// ext_storage_{start,commit,rollback}_transaction_version_1.
void startTransaction();
void commitTransaction();
void rollbackTransaction();

}  // namespace rt::host::storage
