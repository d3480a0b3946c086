// SPDX-License-Identifier: Apache-2.0
// The vocabulary of host/trie/: byte strings, the state version (which decides whether long values
// are stored inline or by hash), the trie's hasher, and the errors of the fallible entry points.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "rt/result.hpp"

namespace rt::hostlib::trie {

/// A storage key or value.
using Bytes = std::vector<uint8_t>;
/// A trie root or node hash.
using Hash256 = std::array<uint8_t, 32>;

/// sp_core::storage::StateVersion: V1 stores values of kTrieValueNodeThreshold bytes or more as a
/// separate value node, referenced from the leaf/branch by its hash; V0 always inlines them.
/// https://github.com/paritytech/polkadot-sdk/blob/01d0c0333e14055e5b94a4aa99f72693cbd94f4d/substrate/primitives/storage/src/lib.rs
/// (enum StateVersion, StateVersion::state_value_threshold)
enum class StateVersion : uint8_t {
  V0 = 0,  ///< values always inline (sp_trie::LayoutV0, MAX_INLINE_VALUE = None)
  V1 = 1,  ///< values >= 33 bytes hashed (sp_trie::LayoutV1, MAX_INLINE_VALUE = Some(33))
};

/// sp_core::storage::TRIE_VALUE_NODE_THRESHOLD: in state version 1, a value at least this long is
/// replaced in its node by its hash (trie-root's Value::new: `value.len() >= threshold`).
/// https://github.com/paritytech/polkadot-sdk/blob/01d0c0333e14055e5b94a4aa99f72693cbd94f4d/substrate/primitives/storage/src/lib.rs
/// (`pub const TRIE_VALUE_NODE_THRESHOLD: u32 = 33;`)
inline constexpr std::size_t kTrieValueNodeThreshold = 33;

/// The hash function of nodes, hashed values and the root.
enum class TrieHasher : uint8_t {
  Blake2_256,  ///< sp_core::Blake2Hasher: the state trie, ext_trie_blake2_256_*
  Keccak_256,  ///< sp_core::KeccakHasher: ext_trie_keccak_256_*
};

/// Why a trie root could not be computed.
enum class TrieError : uint8_t {
  UnsortedKeys,         ///< trieRootOfSorted() got keys not in strictly increasing order
  UnknownStateVersion,  ///< a state version other than 0 or 1 (from the runtime)
};

/// Human-readable name of `e`.
const char* toString(TrieError e);

/// The StateVersion a runtime passes as an integer (sp-io's `PassAs<StateVersion, u8>`, formerly
/// PassByEnum: 0 or 1); TrieError::UnknownStateVersion otherwise.
rt::Result<StateVersion, TrieError> stateVersionFromInt(uint32_t v);

}  // namespace rt::hostlib::trie
