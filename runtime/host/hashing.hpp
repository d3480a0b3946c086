// SPDX-License-Identifier: Apache-2.0
// The host's hashing (sp_io::hashing). Keys known at compile time are hashed at compile time
// instead (runtime/support/twox.hpp); these are for data only known at run time.
#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace rt::host::hashing {

std::array<uint8_t, 8> twox64(std::span<const uint8_t> data);
std::array<uint8_t, 16> twox128(std::span<const uint8_t> data);
std::array<uint8_t, 32> twox256(std::span<const uint8_t> data);
std::array<uint8_t, 16> blake2_128(std::span<const uint8_t> data);
std::array<uint8_t, 32> blake2_256(std::span<const uint8_t> data);
std::array<uint8_t, 32> keccak256(std::span<const uint8_t> data);
std::array<uint8_t, 32> sha2_256(std::span<const uint8_t> data);

}  // namespace rt::host::hashing
