// SPDX-License-Identifier: Apache-2.0
#include "host/storage/overlay.hpp"

#include <algorithm>

namespace rt::hostlib::storage {

Overlay::Overlay(State main, std::map<Bytes, State> children)
    : main_(std::move(main)), children_(std::move(children)) {}

const State* Overlay::base(const TrieId& trie) const {
  if (trie.empty()) return &main_;
  const auto it = children_.find(trie);
  return it == children_.end() ? nullptr : &it->second;
}

std::optional<Bytes> Overlay::get(const TrieId& trie, std::span<const uint8_t> key) const {
  const Key k{trie, Bytes(key.begin(), key.end())};
  for (auto layer = layers_.rbegin(); layer != layers_.rend(); ++layer) {
    if (const auto it = layer->find(k); it != layer->end()) return it->second;
  }
  if (const State* b = base(trie)) {
    if (const auto it = b->find(k.second); it != b->end()) return it->second;
  }
  return std::nullopt;
}

void Overlay::write(const TrieId& trie, std::span<const uint8_t> key, std::optional<Bytes> value) {
  layers_.back()[Key{trie, Bytes(key.begin(), key.end())}] = std::move(value);
}

void Overlay::set(const TrieId& trie, std::span<const uint8_t> key, std::span<const uint8_t> value) {
  write(trie, key, Bytes(value.begin(), value.end()));
}

void Overlay::clear(const TrieId& trie, std::span<const uint8_t> key) { write(trie, key, std::nullopt); }

State Overlay::view(const TrieId& trie) const {
  State state;
  if (const State* b = base(trie)) state = *b;
  for (const Layer& layer : layers_) {
    for (auto it = layer.lower_bound(Key{trie, {}}); it != layer.end() && it->first.first == trie; ++it) {
      if (it->second) {
        state[it->first.second] = *it->second;
      } else {
        state.erase(it->first.second);
      }
    }
  }
  return state;
}

std::optional<Bytes> Overlay::nextKey(const TrieId& trie, std::span<const uint8_t> key) const {
  const Bytes k(key.begin(), key.end());
  // Candidates: the next key of the base, and of each layer; the first one that is live wins.
  std::optional<Bytes> best;
  Bytes from = k;
  for (;;) {
    std::optional<Bytes> candidate;
    if (const State* b = base(trie)) {
      if (auto it = b->upper_bound(from); it != b->end()) candidate = it->first;
    }
    for (const Layer& layer : layers_) {
      auto it = layer.upper_bound(Key{trie, from});
      if (it != layer.end() && it->first.first == trie && (!candidate || it->first.second < *candidate)) {
        candidate = it->first.second;
      }
    }
    if (!candidate) return std::nullopt;
    if (get(trie, *candidate)) return candidate;
    from = *candidate;  // deleted in the overlay: keep looking after it
  }
}

ClearPrefixResult Overlay::clearPrefix(const TrieId& trie, std::span<const uint8_t> prefix,
                                       std::optional<uint32_t> limit) {
  const Bytes p(prefix.begin(), prefix.end());
  auto has_prefix = [&](const Bytes& key) {
    return key.size() >= p.size() && std::equal(p.begin(), p.end(), key.begin());
  };
  ClearPrefixResult result;
  // Keys changed in this call first (never limited), then the base state's, up to the limit.
  std::vector<Bytes> overlay_keys;
  for (const Layer& layer : layers_) {
    for (auto it = layer.lower_bound(Key{trie, p}); it != layer.end() && it->first.first == trie && has_prefix(it->first.second); ++it) {
      overlay_keys.push_back(it->first.second);
    }
  }
  for (const Bytes& key : overlay_keys) clear(trie, key);
  if (const State* b = base(trie)) {
    for (auto it = b->lower_bound(p); it != b->end() && has_prefix(it->first); ++it) {
      if (limit && result.loops >= *limit) {
        result.all_removed = false;
        break;
      }
      ++result.loops;
      clear(trie, it->first);
    }
  }
  return result;
}

void Overlay::append(const TrieId& trie, std::span<const uint8_t> key, std::span<const uint8_t> item) {
  const std::optional<Bytes> current = get(trie, key);
  // SCALE compact length prefix of the current value (sp-state-machine StorageAppend::append).
  auto encodeCompact = [](uint64_t n, Bytes& out) {
    if (n < 64) {
      out.push_back(static_cast<uint8_t>(n << 2));
    } else if (n < (1u << 14)) {
      out.push_back(static_cast<uint8_t>((n << 2) | 1));
      out.push_back(static_cast<uint8_t>(n >> 6));
    } else if (n < (1u << 30)) {
      const uint32_t v = static_cast<uint32_t>((n << 2) | 2);
      for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
    } else {
      out.push_back(static_cast<uint8_t>(((4 - 4) << 2) | 3));
      for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(n >> (8 * i)));
    }
  };
  auto decodeCompact = [](const Bytes& v, uint64_t& n, size_t& len) -> bool {
    if (v.empty()) return false;
    switch (v[0] & 3) {
      case 0: n = v[0] >> 2; len = 1; return true;
      case 1: if (v.size() < 2) return false; n = (v[0] | (uint32_t{v[1]} << 8)) >> 2; len = 2; return n >= 64;
      case 2: {
        if (v.size() < 4) return false;
        uint32_t x = 0;
        for (int i = 0; i < 4; ++i) x |= uint32_t{v[i]} << (8 * i);
        n = x >> 2; len = 4; return n >= (1u << 14);
      }
      default: {
        const size_t bytes = (v[0] >> 2) + 4;
        if (bytes > 8 || v.size() < 1 + bytes) return false;
        n = 0;
        for (size_t i = 0; i < bytes; ++i) n |= uint64_t{v[1 + i]} << (8 * i);
        len = 1 + bytes;
        return n >= (1u << 30);
      }
    }
  };
  Bytes value;
  uint64_t count = 0;
  size_t prefix_len = 0;
  if (current && decodeCompact(*current, count, prefix_len)) {
    encodeCompact(count + 1, value);
    value.insert(value.end(), current->begin() + static_cast<long>(prefix_len), current->end());
  } else {
    encodeCompact(1, value);
  }
  value.insert(value.end(), item.begin(), item.end());
  write(trie, key, std::move(value));
}

void Overlay::startTransaction() { layers_.emplace_back(); }

rt::Result<rt::Unit, std::string> Overlay::commitTransaction() {
  if (layers_.size() < 2) return rt::Err(std::string("No open transaction that can be committed"));
  Layer top = std::move(layers_.back());
  layers_.pop_back();
  for (auto& [k, v] : top) layers_.back()[k] = std::move(v);
  return rt::Unit{};
}

rt::Result<rt::Unit, std::string> Overlay::rollbackTransaction() {
  if (layers_.size() < 2) return rt::Err(std::string("No open transaction that can be rolled back"));
  layers_.pop_back();
  return rt::Unit{};
}

std::vector<Bytes> Overlay::childTries() const {
  std::vector<Bytes> ids;
  for (const auto& [id, state] : children_) ids.push_back(id);
  for (const Layer& layer : layers_) {
    for (const auto& [k, v] : layer) {
      if (!k.first.empty() && std::find(ids.begin(), ids.end(), k.first) == ids.end()) ids.push_back(k.first);
    }
  }
  std::vector<Bytes> live;
  for (const Bytes& id : ids) {
    if (!view(id).empty()) live.push_back(id);
  }
  std::sort(live.begin(), live.end());
  return live;
}

std::map<Bytes, std::optional<Bytes>> Overlay::mainChanges() const {
  std::map<Bytes, std::optional<Bytes>> changes;
  for (const Layer& layer : layers_) {
    for (auto it = layer.lower_bound(Key{{}, {}}); it != layer.end() && it->first.first.empty(); ++it) {
      changes[it->first.second] = it->second;
    }
  }
  return changes;
}

}  // namespace rt::hostlib::storage
