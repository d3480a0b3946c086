// SPDX-License-Identifier: Apache-2.0
#include "host/storage/state_root.hpp"

#include <algorithm>

namespace rt::hostlib::storage {

trie::Hash256 stateRoot(const Overlay& overlay, trie::StateVersion version) {
  State state = overlay.view({});
  const auto is_child_key = [](const Bytes& key) {
    return key.size() >= kDefaultChildStoragePrefix.size() &&
           std::equal(kDefaultChildStoragePrefix.begin(), kDefaultChildStoragePrefix.end(), key.begin());
  };
  std::erase_if(state, [&](const auto& entry) { return is_child_key(entry.first); });  // stale roots
  for (const Bytes& id : overlay.childTries()) {
    Bytes key(kDefaultChildStoragePrefix.begin(), kDefaultChildStoragePrefix.end());
    key.insert(key.end(), id.begin(), id.end());
    const auto child_root = trie::trieRoot(overlay.view(id), version);
    state[key] = Bytes(child_root.begin(), child_root.end());
  }
  return trie::trieRoot(state, version);
}

}  // namespace rt::hostlib::storage
