// SPDX-License-Identifier: Apache-2.0
// Substrate's trie root in closed form: the root hash of the base-16 Patricia-Merkle trie (no
// extension nodes) holding a set of key/value pairs, built in one recursive pass over the sorted
// keys -- no mutable trie, no node database. What the host needs for
//   ext_storage_root_version_1/2        trieRoot(state, version)            (Blake2-256)
//   ext_trie_blake2_256_root_version_*  trieRoot(entries, version)
//   ext_trie_blake2_256_ordered_root_*  orderedTrieRoot(values, version)
//   ext_trie_keccak_256_*               the same with TrieHasher::Keccak_256
// (sp-io `pub trait Storage` / `pub trait Trie`: the version_1 host functions use LayoutV0, i.e.
// StateVersion::V0; version_2 passes the state version as a u8, see stateVersionFromInt.)
// Mirrors trie_root::trie_root_no_extension / build_trie (the closed form sp-trie's LayoutV0/V1
// use for TrieConfiguration::trie_root):
// https://github.com/paritytech/trie/blob/0aa305d6d0da5aa954c22925611ff22572748e77/trie-root/src/lib.rs#L130-L176
// https://github.com/paritytech/trie/blob/0aa305d6d0da5aa954c22925611ff22572748e77/trie-root/src/lib.rs#L275-L404
// with the node encoding of sp-trie's TrieStream (node_header.hpp, node_codec.hpp), and
// TrieConfiguration::ordered_trie_root (keys = SCALE Compact<u32> of the index):
// https://github.com/paritytech/trie/blob/0aa305d6d0da5aa954c22925611ff22572748e77/trie-db/src/lib.rs#L578-L592
// https://github.com/paritytech/polkadot-sdk/blob/01b858a2f2762a35f98c85a13696862618c850d4/substrate/primitives/trie/src/lib.rs
//   (impl TrieConfiguration for LayoutV0/LayoutV1: encode_index = Compact(input))
// The recursion is one level per branch node, so its depth is bounded by the longest key in
// nibbles (and by the number of keys).
#pragma once

#include <cstdint>
#include <map>
#include <span>

#include "host/trie/trie_types.hpp"

namespace rt::hostlib::trie {

/// One entry of a sorted trie input, viewing bytes owned elsewhere.
struct KeyValue {
  std::span<const uint8_t> key;    ///< the storage key
  std::span<const uint8_t> value;  ///< its value (may be empty: an empty value is still an entry)
};

/// Root of the trie holding `kv` (ext_storage_root, ext_trie_blake2_256_root).
Hash256 trieRoot(const std::map<Bytes, Bytes>& kv, StateVersion version,
                 TrieHasher hasher = TrieHasher::Blake2_256);

/// Root of the trie holding `entries`, whose keys must be strictly increasing (bytewise);
/// TrieError::UnsortedKeys otherwise (an unsorted or duplicated key would give a wrong root).
rt::Result<Hash256, TrieError> trieRootOfSorted(std::span<const KeyValue> entries,
                                                StateVersion version,
                                                TrieHasher hasher = TrieHasher::Blake2_256);

/// The encoded root node itself, before hashing (trie_root::unhashed_trie_no_extension,
/// sp_trie TrieConfiguration::trie_root_unhashed): [0x00] for the empty trie.
Bytes trieRootNode(const std::map<Bytes, Bytes>& kv, StateVersion version,
                   TrieHasher hasher = TrieHasher::Blake2_256);

/// The key of item `index` in an ordered trie: SCALE Compact<u32>(index) (LayoutV*::encode_index).
Bytes orderedTrieKey(uint32_t index);

/// Root of the trie mapping orderedTrieKey(i) to values[i] (ext_trie_blake2_256_ordered_root;
/// the extrinsics root of a block).
Hash256 orderedTrieRoot(std::span<const Bytes> values, StateVersion version,
                        TrieHasher hasher = TrieHasher::Blake2_256);

/// Root of the empty trie: the hash of the single byte 0x00 (NodeCodec::hashed_null_node).
Hash256 emptyTrieRoot(TrieHasher hasher = TrieHasher::Blake2_256);

}  // namespace rt::hostlib::trie
