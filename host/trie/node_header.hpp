// SPDX-License-Identifier: Apache-2.0
// The first bytes of every trie node: the node kind in the top 2, 3 or 4 bits of the first byte and
// the partial key's nibble count in the remaining bits, continued in following bytes when it does
// not fit. Mirrors sp-trie's trie_constants and NodeHeader encoding:
// https://github.com/paritytech/polkadot-sdk/blob/01b858a2f2762a35f98c85a13696862618c850d4/substrate/primitives/trie/src/lib.rs
//   (mod trie_constants)
// https://github.com/paritytech/polkadot-sdk/blob/0d768d9cddf42c630d7d1e4216060d9b30e0614b/substrate/primitives/trie/src/node_header.rs#L53-L81
//   (impl Encode for NodeHeader)
// https://github.com/paritytech/polkadot-sdk/blob/0d768d9cddf42c630d7d1e4216060d9b30e0614b/substrate/primitives/trie/src/node_header.rs#L115-L142
//   (size_and_prefix_iterator)
#pragma once

#include <cstddef>
#include <cstdint>

#include "host/trie/trie_types.hpp"
#include "rt/assert.hpp"

namespace rt::hostlib::trie {

/// The kinds of node the no-extension Substrate codec writes (sp-trie node_header.rs NodeKind).
enum class NodeKind : uint8_t {
  Leaf,               ///< 0b01xxxxxx: partial key + inline value
  BranchNoValue,      ///< 0b10xxxxxx: partial key + children
  BranchWithValue,    ///< 0b11xxxxxx: partial key + inline value + children
  HashedValueLeaf,    ///< 0b001xxxxx: partial key + 32-byte value hash (state version 1)
  HashedValueBranch,  ///< 0b0001xxxx: partial key + 32-byte value hash + children (version 1)
};

/// trie_constants::EMPTY_TRIE: the whole encoding of the empty trie's root node.
inline constexpr uint8_t kEmptyTrie = 0x00;
/// trie_constants::LEAF_PREFIX_MASK.
inline constexpr uint8_t kLeafPrefix = 0b01 << 6;
/// trie_constants::BRANCH_WITHOUT_MASK.
inline constexpr uint8_t kBranchWithoutValuePrefix = 0b10 << 6;
/// trie_constants::BRANCH_WITH_MASK.
inline constexpr uint8_t kBranchWithValuePrefix = 0b11 << 6;
/// trie_constants::ALT_HASHING_LEAF_PREFIX_MASK.
inline constexpr uint8_t kHashedValueLeafPrefix = 0b1 << 5;
/// trie_constants::ALT_HASHING_BRANCH_WITH_MASK.
inline constexpr uint8_t kHashedValueBranchPrefix = 0b01 << 4;

/// Appends the header of a `kind` node whose partial key has `nibble_count` nibbles
/// (size_and_prefix_iterator). With b = 6, 5 or 4 size bits after the kind's prefix: a count up
/// to 2^b - 2 is stored in those bits; a larger one sets all b bits, and the rest
/// r = count - (2^b - 2) follows as one byte 255 for each time r >= 256 (r -= 255), then a final
/// byte r - 1.
void appendNodeHeader(NodeKind kind, std::size_t nibble_count, Bytes& out);

}  // namespace rt::hostlib::trie
