// SPDX-License-Identifier: Apache-2.0
// FRAME storage items (frame_support::storage::types): StorageValue, StorageMap, StorageDoubleMap.
//
// Keys as FRAME derives them: `twox128(pallet) ++ twox128(item)` (a compile-time constant here),
// then for maps each key's hasher output (hashers.hpp) over the key's SCALE encoding. Values are
// SCALE. Query kinds as FRAME's: ValueQuery reads an absent (or undecodable, which FRAME logs as
// corrupted state) value as the default T{}; OptionQuery as none. Every access is a host storage
// call (runtime/host/storage.hpp); nothing is cached, so transactional dispatch rolls back with
// the host's storage transactions.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "codec/codec.hpp"
#include "gc/gc.hpp"
#include "runtime/host/storage.hpp"
#include "runtime/support/fixed_string.hpp"
#include "runtime/support/hashers.hpp"
#include "runtime/support/twox.hpp"

namespace rt::support {

/// `twox128(pallet) ++ twox128(item)`, at compile time (frame_support::storage::storage_prefix).
template <FixedString Pallet, FixedString Item>
constexpr std::array<uint8_t, 32> storagePrefix() {
  std::array<uint8_t, 32> out{};
  const auto p = twox128(Pallet.view());
  const auto i = twox128(Item.view());
  for (size_t k = 0; k < 16; ++k) {
    out[k] = p[k];
    out[16 + k] = i[k];
  }
  return out;
}

struct ValueQuery {};
struct OptionQuery {};

namespace detail {

/// Reads and decodes the value at `key`: none when absent or undecodable.
template <typename T>
std::optional<T> read(std::span<const uint8_t> key) {
  auto raw = host::storage::get(key);
  if (!raw) return std::nullopt;
  auto decoded = codec::decode<T>(std::span<const uint8_t>(raw->data(), raw->size()));
  if (!decoded) return std::nullopt;
  return std::move(decoded).value();
}

template <typename T>
void write(std::span<const uint8_t> key, const T& value) {
  const auto encoded = codec::encode(value);
  host::storage::set(key, encoded);
}

template <typename T, typename Query>
using QueryResult = std::conditional_t<std::is_same_v<Query, OptionQuery>, std::optional<T>, T>;

template <typename T, typename Query>
QueryResult<T, Query> query(std::span<const uint8_t> key) {
  if constexpr (std::is_same_v<Query, OptionQuery>) {
    return read<T>(key);
  } else {
    return read<T>(key).value_or(T{});
  }
}

}  // namespace detail

/// A single value under `twox128(Pallet) ++ twox128(Name)`.
template <FixedString Pallet, FixedString Name, typename T, typename Query = ValueQuery>
struct StorageValue {
  using Value = T;
  static constexpr std::string_view kPallet = Pallet.view();
  static constexpr std::string_view kName = Name.view();
  static constexpr std::array<uint8_t, 32> kKey = storagePrefix<Pallet, Name>();

  static detail::QueryResult<T, Query> get() { return detail::query<T, Query>(kKey); }
  static std::optional<T> tryGet() { return detail::read<T>(kKey); }
  static void put(const T& value) { detail::write(kKey, value); }
  static void kill() { host::storage::clear(kKey); }
  static bool exists() { return host::storage::exists(kKey); }
  /// Reads, lets `f` change the value, writes it back (ValueQuery semantics).
  template <typename F>
  static void mutate(F&& f) {
    T value = detail::read<T>(kKey).value_or(T{});
    f(value);
    put(value);
  }
  /// Removes and returns the value.
  static detail::QueryResult<T, Query> take() {
    auto v = get();
    kill();
    return v;
  }
};

/// A map: `prefix ++ Hasher(encode(key))` -> value.
template <FixedString Pallet, FixedString Name, typename Hasher, typename K, typename V,
          typename Query = ValueQuery>
struct StorageMap {
  using Key = K;
  using Value = V;
  using KeyHasher = Hasher;
  static constexpr std::string_view kPallet = Pallet.view();
  static constexpr std::string_view kName = Name.view();
  static constexpr std::array<uint8_t, 32> kPrefix = storagePrefix<Pallet, Name>();

  static gc::ByteBuffer key(const K& k) {
    gc::ByteBuffer out(kPrefix.begin(), kPrefix.end());
    const auto encoded = codec::encode(k);
    Hasher::append(out, encoded);
    return out;
  }
  static detail::QueryResult<V, Query> get(const K& k) { return detail::query<V, Query>(key(k)); }
  static std::optional<V> tryGet(const K& k) { return detail::read<V>(key(k)); }
  static void insert(const K& k, const V& v) { detail::write(key(k), v); }
  static void remove(const K& k) { host::storage::clear(key(k)); }
  static bool contains(const K& k) { return host::storage::exists(key(k)); }
  template <typename F>
  static void mutate(const K& k, F&& f) {
    const auto full = key(k);
    V value = detail::read<V>(full).value_or(V{});
    f(value);
    detail::write(full, value);
  }
};

/// A double map: `prefix ++ Hasher1(encode(k1)) ++ Hasher2(encode(k2))` -> value.
template <FixedString Pallet, FixedString Name, typename Hasher1, typename K1, typename Hasher2,
          typename K2, typename V, typename Query = ValueQuery>
struct StorageDoubleMap {
  static constexpr std::string_view kPallet = Pallet.view();
  static constexpr std::string_view kName = Name.view();
  static constexpr std::array<uint8_t, 32> kPrefix = storagePrefix<Pallet, Name>();

  static gc::ByteBuffer key(const K1& k1, const K2& k2) {
    gc::ByteBuffer out(kPrefix.begin(), kPrefix.end());
    Hasher1::append(out, codec::encode(k1));
    Hasher2::append(out, codec::encode(k2));
    return out;
  }
  static detail::QueryResult<V, Query> get(const K1& k1, const K2& k2) {
    return detail::query<V, Query>(key(k1, k2));
  }
  static void insert(const K1& k1, const K2& k2, const V& v) { detail::write(key(k1, k2), v); }
  static void remove(const K1& k1, const K2& k2) { host::storage::clear(key(k1, k2)); }
  static bool contains(const K1& k1, const K2& k2) { return host::storage::exists(key(k1, k2)); }
};

}  // namespace rt::support
