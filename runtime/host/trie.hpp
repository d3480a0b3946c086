// SPDX-License-Identifier: Apache-2.0
// The host's trie roots (sp_io::trie), for the extrinsics root of a block.
#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace rt::host::trie {

/// ext_trie_blake2_256_ordered_root_version_2 over `encoded_values`: a SCALE Vec<Vec<u8>>.
std::array<uint8_t, 32> blake2_256OrderedRoot(std::span<const uint8_t> encoded_values, uint8_t state_version);

}  // namespace rt::host::trie
