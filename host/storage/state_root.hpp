// SPDX-License-Identifier: Apache-2.0
// The root of the full state as a call sees it: every default child trie's root is written into
// the main trie under `:child_storage:default:<storage key>` (an empty child trie has no entry),
// then the main trie's root is taken, as sp-state-machine's Ext::storage_root does. Used by
// ext_storage_root and by block building (genesis roots).
#pragma once

#include "host/storage/overlay.hpp"
#include "host/trie/trie_root.hpp"

namespace rt::hostlib::storage {

/// sp_core::storage::well_known_keys::DEFAULT_CHILD_STORAGE_KEY_PREFIX.
inline constexpr std::string_view kDefaultChildStoragePrefix = ":child_storage:default:";

trie::Hash256 stateRoot(const Overlay& overlay, trie::StateVersion version);

}  // namespace rt::hostlib::storage
