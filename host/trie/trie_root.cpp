// SPDX-License-Identifier: Apache-2.0
// The closed-form trie root (trie-root's build_trie, no-extension variant) over sorted entries.
#include "host/trie/trie_root.hpp"

#include <algorithm>
#include <vector>

#include "codec/compact.hpp"
#include "codec/encoder.hpp"
#include "host/trie/node_codec.hpp"
#include "host/trie/node_header.hpp"
#include "rt/assert.hpp"

namespace rt::hostlib::trie {

namespace {

/// Number of leading nibbles `a` and `b` share.
std::size_t commonPrefixNibbles(std::span<const uint8_t> a, std::span<const uint8_t> b) {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return 2 * i + ((a[i] >> 4) == (b[i] >> 4) ? 1 : 0);
  }
  return 2 * n;
}

/// Writes the nodes of one trie: fixed version and hasher, one recursive call per node.
class Builder {
 public:
  Builder(StateVersion version, TrieHasher hasher) : version_(version), hasher_(hasher) {}

  /// Appends to `out` the node holding `e` (non-empty, strictly increasing keys), all of whose keys
  /// share their first `cursor` nibbles, which the path from the root has consumed.
  void node(std::span<const KeyValue> e, std::size_t cursor, Bytes& out) const {
    RT_ASSERT(!e.empty());
    const KeyValue& first = e.front();
    const std::size_t first_nibbles = 2 * first.key.size();

    // One entry: a leaf with the rest of its key (build_trie, `1 =>`).
    if (e.size() == 1) {
      const bool hashed = storesValueHashed(first.value.size(), version_);
      appendNodeHeader(hashed ? NodeKind::HashedValueLeaf : NodeKind::Leaf, first_nibbles - cursor,
                       out);
      appendPartialKey(first.key, cursor, first_nibbles, out);
      appendValue(first.value, version_, hasher_, out);
      return;
    }

    // Several: a branch at the end of the prefix all keys share. build_trie folds
    // shared_prefix_length(first, k) over every k; for sorted keys that minimum is the common
    // prefix of the first and the last key.
    const std::size_t shared = commonPrefixNibbles(first.key, e.back().key);
    RT_ASSERT(shared >= cursor);
    // The first key ends exactly here: it is the branch's value
    // (build_trie: `cursor == key.len()`).
    const bool has_value = first_nibbles == shared;
    const std::size_t begin = has_value ? 1 : 0;

    // Children: runs of consecutive entries with the same nibble at `shared` (every key after
    // `begin` is longer than `shared` nibbles, since keys are unique and sorted).
    struct Run {
      std::size_t from = 0, to = 0;
    };
    Run runs[16];
    uint16_t bitmap = 0;
    for (std::size_t i = begin; i < e.size();) {
      const uint8_t nib = nibbleAt(e[i].key, shared);
      std::size_t j = i + 1;
      while (j < e.size() && nibbleAt(e[j].key, shared) == nib) ++j;
      runs[nib] = {i, j};
      bitmap = static_cast<uint16_t>(bitmap | (1u << nib));
      i = j;
    }

    NodeKind kind = NodeKind::BranchNoValue;
    if (has_value) {
      kind = storesValueHashed(first.value.size(), version_) ? NodeKind::HashedValueBranch
                                                              : NodeKind::BranchWithValue;
    }
    // TrieStream::begin_branch: header + partial key, bitmap, value; then each child in nibble
    // order (append_substream).
    appendNodeHeader(kind, shared - cursor, out);
    appendPartialKey(first.key, cursor, shared, out);
    appendChildrenBitmap(bitmap, out);
    if (has_value) appendValue(first.value, version_, hasher_, out);
    Bytes child;
    for (unsigned nib = 0; nib < 16; ++nib) {
      if ((bitmap & (1u << nib)) == 0) continue;
      child.clear();
      node(e.subspan(runs[nib].from, runs[nib].to - runs[nib].from), shared + 1, child);
      appendChildReference(child, hasher_, out);
    }
  }

  /// The root node of `e` (strictly increasing keys), [kEmptyTrie] when empty.
  Bytes root(std::span<const KeyValue> e) const {
    Bytes out;
    if (e.empty()) out.push_back(kEmptyTrie);
    else node(e, 0, out);
    return out;
  }

 private:
  StateVersion version_;
  TrieHasher hasher_;
};

std::vector<KeyValue> viewsOf(const std::map<Bytes, Bytes>& kv) {
  std::vector<KeyValue> out;
  out.reserve(kv.size());
  for (const auto& [k, v] : kv) out.push_back({k, v});
  return out;
}

bool strictlyIncreasing(std::span<const KeyValue> e) {
  for (std::size_t i = 1; i < e.size(); ++i) {
    if (!std::lexicographical_compare(e[i - 1].key.begin(), e[i - 1].key.end(), e[i].key.begin(),
                                      e[i].key.end())) {
      return false;
    }
  }
  return true;
}

}  // namespace

Hash256 trieRoot(const std::map<Bytes, Bytes>& kv, StateVersion version, TrieHasher hasher) {
  const std::vector<KeyValue> e = viewsOf(kv);
  return trieHash(Builder(version, hasher).root(e), hasher);
}

rt::Result<Hash256, TrieError> trieRootOfSorted(std::span<const KeyValue> entries,
                                                StateVersion version, TrieHasher hasher) {
  if (!strictlyIncreasing(entries)) return rt::Err(TrieError::UnsortedKeys);
  return trieHash(Builder(version, hasher).root(entries), hasher);
}

Bytes trieRootNode(const std::map<Bytes, Bytes>& kv, StateVersion version, TrieHasher hasher) {
  const std::vector<KeyValue> e = viewsOf(kv);
  return Builder(version, hasher).root(e);
}

Bytes orderedTrieKey(uint32_t index) {
  return rt::codec::encode(rt::codec::Compact<uint32_t>{index});
}

Hash256 orderedTrieRoot(std::span<const Bytes> values, StateVersion version, TrieHasher hasher) {
  RT_ASSERT(values.size() <= UINT32_MAX);
  // Compact encodings do not sort like their indices (Compact(64) = 01 01 < Compact(1) = 04), so
  // the keys are sorted before building, as trie_root's BTreeMap does.
  std::vector<Bytes> keys(values.size());
  std::vector<KeyValue> e(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    keys[i] = orderedTrieKey(static_cast<uint32_t>(i));
    e[i] = {keys[i], values[i]};
  }
  std::sort(e.begin(), e.end(), [](const KeyValue& a, const KeyValue& b) {
    return std::lexicographical_compare(a.key.begin(), a.key.end(), b.key.begin(), b.key.end());
  });
  return trieHash(Builder(version, hasher).root(e), hasher);
}

Hash256 emptyTrieRoot(TrieHasher hasher) {
  const uint8_t empty[1] = {kEmptyTrie};
  return trieHash(empty, hasher);
}

}  // namespace rt::hostlib::trie
