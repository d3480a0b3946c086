// SPDX-License-Identifier: Apache-2.0
// toString(TrieError) and stateVersionFromInt().
#include "host/trie/trie_types.hpp"

namespace rt::hostlib::trie {

const char* toString(TrieError e) {
  switch (e) {
    case TrieError::UnsortedKeys:
      return "trie keys are not in strictly increasing order";
    case TrieError::UnknownStateVersion:
      return "unknown state version (expected 0 or 1)";
  }
  return "unknown TrieError";
}

rt::Result<StateVersion, TrieError> stateVersionFromInt(uint32_t v) {
  switch (v) {
    case 0:
      return StateVersion::V0;
    case 1:
      return StateVersion::V1;
    default:
      return rt::Err(TrieError::UnknownStateVersion);
  }
}

}  // namespace rt::hostlib::trie
