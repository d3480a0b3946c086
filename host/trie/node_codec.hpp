// SPDX-License-Identifier: Apache-2.0
// The pieces of a node's encoding after its header, as sp-trie's TrieStream writes them:
//   partial key   the nibbles two per byte; an odd count starts with one nibble alone in the
//                 low half of a byte
//   value         inline: SCALE Vec<u8> (compact length + bytes); hashed (state version 1, long
//                 values): the 32 raw bytes of the value's hash
//   bitmap        (branches) u16 little-endian, bit i set when child i exists
//   child         SCALE-encoded bytes: the child's own encoding when shorter than 32 bytes,
//                 otherwise its 32-byte hash (so 0x80 followed by the hash)
// Mirrors
// https://github.com/paritytech/polkadot-sdk/blob/3179bc05bc24a63220d3c8ab68735c20be10176e/substrate/primitives/trie/src/trie_stream.rs#L43-L76
//   (branch_node_bit_mask, fuse_nibbles_node)
// https://github.com/paritytech/polkadot-sdk/blob/3179bc05bc24a63220d3c8ab68735c20be10176e/substrate/primitives/trie/src/trie_stream.rs#L88-L146
//   (append_leaf, begin_branch, append_substream)
// and, for the same bytes from the trie-db side,
// https://github.com/paritytech/polkadot-sdk/blob/1c1e5356a649c52776f35e9ce232b24c1efd5b02/substrate/primitives/trie/src/node_codec.rs
//   (leaf_node, branch_node_nibbled, Bitmap::encode)
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "host/trie/trie_types.hpp"

namespace rt::hostlib::trie {

/// Nibble `i` of `key`: the high half of byte i/2 for even i, the low half for odd i.
inline uint8_t nibbleAt(std::span<const uint8_t> key, std::size_t i) {
  const uint8_t b = key[i / 2];
  return (i % 2 == 0) ? static_cast<uint8_t>(b >> 4) : static_cast<uint8_t>(b & 0x0f);
}

/// Hash of `data` with the trie's hasher.
Hash256 trieHash(std::span<const uint8_t> data, TrieHasher hasher);

/// True when a value of `len` bytes is stored as a hashed value node under `version`
/// (trie-root Value::new: threshold Some(33) for V1, None for V0).
inline bool storesValueHashed(std::size_t len, StateVersion version) {
  return version == StateVersion::V1 && len >= kTrieValueNodeThreshold;
}

/// Appends nibbles [from, to) of `key` as a partial key (fuse_nibbles_node).
void appendPartialKey(std::span<const uint8_t> key, std::size_t from, std::size_t to, Bytes& out);

/// Appends `value` as a node stores it: inline SCALE Vec<u8>, or its hash when
/// storesValueHashed(value.size(), version).
void appendValue(std::span<const uint8_t> value, StateVersion version, TrieHasher hasher,
                 Bytes& out);

/// Appends the 2-byte children bitmap (bit i = child at nibble i exists), little-endian.
void appendChildrenBitmap(uint16_t bitmap, Bytes& out);

/// Appends the reference to a child whose node encoding is `child` (append_substream): the
/// encoding itself as Vec<u8> when it is under 32 bytes, otherwise its hash as Vec<u8>.
void appendChildReference(std::span<const uint8_t> child, TrieHasher hasher, Bytes& out);

}  // namespace rt::hostlib::trie
