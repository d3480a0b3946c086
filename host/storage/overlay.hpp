// SPDX-License-Identifier: Apache-2.0
// The storage a runtime call sees: a base state plus the call's changes, in nested transactions.
//
// Mirrors sp-state-machine's OverlayedChanges as the sp-io storage functions use it
// (substrate/primitives/state-machine/src/overlayed_changes/): every change goes to the innermost
// open transaction; commit folds it into the enclosing one, rollback drops it; reads see the
// innermost value first. The main trie and the default child tries (keyed by their storage key)
// are kept apart, as Substrate does; a child trie's root lands in the main trie under
// `:child_storage:default:<storage key>` when the main root is computed (host/api/storage.cpp).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "rt/result.hpp"

namespace rt::hostlib::storage {

using Bytes = std::vector<uint8_t>;
using State = std::map<Bytes, Bytes>;

/// Which trie: empty = the main trie, else a default child trie's storage key (without prefix).
using TrieId = Bytes;

/// sp_io's KillStorageResult: how clear_prefix ended.
struct ClearPrefixResult {
  bool all_removed = true;  ///< AllRemoved(n) vs SomeRemaining(n)
  uint32_t loops = 0;       ///< keys of the base state visited (the `n`, MultiRemovalResults::loops)
};

class Overlay {
 public:
  Overlay() = default;
  explicit Overlay(State main, std::map<Bytes, State> children = {});

  std::optional<Bytes> get(const TrieId& trie, std::span<const uint8_t> key) const;
  void set(const TrieId& trie, std::span<const uint8_t> key, std::span<const uint8_t> value);
  void clear(const TrieId& trie, std::span<const uint8_t> key);
  bool exists(const TrieId& trie, std::span<const uint8_t> key) const { return get(trie, key).has_value(); }

  /// The smallest key strictly greater than `key` that has a value.
  std::optional<Bytes> nextKey(const TrieId& trie, std::span<const uint8_t> key) const;

  /// Removes every key starting with `prefix`; with a limit, at most `limit` keys of the base
  /// state (changes made in this call are always removed).
  ClearPrefixResult clearPrefix(const TrieId& trie, std::span<const uint8_t> prefix,
                                std::optional<uint32_t> limit);

  /// sp_io::storage::append: the value is a SCALE Vec<Item>; adds one encoded item, bumping the
  /// compact length (StorageAppend in sp-state-machine). An absent or undecodable value becomes
  /// a one-item Vec.
  void append(const TrieId& trie, std::span<const uint8_t> key, std::span<const uint8_t> item);

  void startTransaction();
  /// Errors when no transaction is open (sp-io panics: "No open transaction that can be ...").
  rt::Result<rt::Unit, std::string> commitTransaction();
  rt::Result<rt::Unit, std::string> rollbackTransaction();
  size_t transactionDepth() const { return layers_.size() - 1; }

  /// The whole state of `trie` as the call sees it now.
  State view(const TrieId& trie) const;
  /// The default child tries that exist now (non-empty), by storage key.
  std::vector<Bytes> childTries() const;
  /// Every change of the call so far (all layers folded): key -> new value or none (deleted),
  /// main trie only. Keys whose value did not change are included as written.
  std::map<Bytes, std::optional<Bytes>> mainChanges() const;

 private:
  using Key = std::pair<TrieId, Bytes>;
  using Layer = std::map<Key, std::optional<Bytes>>;
  const State* base(const TrieId& trie) const;
  void write(const TrieId& trie, std::span<const uint8_t> key, std::optional<Bytes> value);

  State main_;
  std::map<Bytes, State> children_;
  std::vector<Layer> layers_ = std::vector<Layer>(1);  ///< [0] = committed changes of the call
};

}  // namespace rt::hostlib::storage
