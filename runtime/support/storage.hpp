// SPDX-License-Identifier: Apache-2.0
// FRAME storage items (frame_support::storage::types): StorageValue, StorageMap, StorageDoubleMap.
//
// Keys as FRAME derives them: `twox128(pallet) ++ twox128(item)` (a compile-time constant here),
// then for maps each key's hasher output (hashers.hpp) over the key's SCALE encoding. Values are
// SCALE. Query kinds as FRAME's: ValueQuery reads an absent (or undecodable, which FRAME logs as
// corrupted state) value as the default T{}; OptionQuery as none. Every access is a host storage
// call (runtime/host/storage.hpp); nothing is cached, so transactional dispatch rolls back with
// the host's storage transactions.
//
// Memory: keys are built, values encoded and small values read (ext_storage_read into a stack
// buffer) in SmallBytes / stack arrays, so reading or writing an item such as System.Account
// allocates nothing, neither GC memory nor a host block for the value.
#pragma once

#include <array>
#include <cstring>
#include <optional>
#include <string_view>

#include "codec/codec.hpp"
#include "gc/gc.hpp"
#include "runtime/host/storage.hpp"
#include "runtime/support/fixed_string.hpp"
#include "runtime/support/hashers.hpp"
#include "runtime/support/small_bytes.hpp"
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

/// A storage key: the 32-byte prefix plus hashed keys, on the stack up to 128 bytes.
using StorageKey = SmallBytes<128>;

namespace detail {

/// Values up to this many bytes are read into a stack buffer; longer ones into GC memory.
inline constexpr uint32_t kReadInline = 256;

/// Reads and decodes the value at `key`: none when absent or undecodable.
template <typename T>
std::optional<T> read(std::span<const uint8_t> key) {
  uint8_t buffer[kReadInline];
  const std::optional<uint32_t> len = host::storage::read(key, std::span<uint8_t>(buffer, kReadInline), 0);
  if (!len) return std::nullopt;
  if (*len <= kReadInline) {
    auto decoded = codec::decode<T>(std::span<const uint8_t>(buffer, *len));
    if (!decoded) return std::nullopt;
    return std::move(decoded).value();
  }
  gc::ByteBuffer big(*len);
  std::memcpy(big.data(), buffer, kReadInline);
  (void)host::storage::read(key, std::span<uint8_t>(big.data() + kReadInline, *len - kReadInline), kReadInline);
  auto decoded = codec::decode<T>(std::span<const uint8_t>(big.data(), big.size()));
  if (!decoded) return std::nullopt;
  return std::move(decoded).value();
}

template <typename T>
void write(std::span<const uint8_t> key, const T& value) {
  SmallBytes<kReadInline> encoded;
  encoded.appendEncoded(value);
  host::storage::set(key, encoded);
}

/// Appends `Hasher(encode(k))` to `out`.
template <typename Hasher, typename K>
void appendHashedKey(StorageKey& out, const K& k) {
  SmallBytes<64> encoded;
  encoded.appendEncoded(k);
  Hasher::append(out, encoded.span());
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

  /// Writes the full key of `k` into `out` (which must be empty).
  static void keyInto(StorageKey& out, const K& k) {
    out.append(kPrefix);
    detail::appendHashedKey<Hasher>(out, k);
  }
  /// The full key of `k`.
  static gc::ByteBuffer key(const K& k) {
    StorageKey full;
    keyInto(full, k);
    return gc::ByteBuffer(full.data(), full.data() + full.size());
  }
  static detail::QueryResult<V, Query> get(const K& k) {
    StorageKey full;
    keyInto(full, k);
    return detail::query<V, Query>(full);
  }
  static std::optional<V> tryGet(const K& k) {
    StorageKey full;
    keyInto(full, k);
    return detail::read<V>(full);
  }
  static void insert(const K& k, const V& v) {
    StorageKey full;
    keyInto(full, k);
    detail::write(full, v);
  }
  static void remove(const K& k) {
    StorageKey full;
    keyInto(full, k);
    host::storage::clear(full);
  }
  static bool contains(const K& k) {
    StorageKey full;
    keyInto(full, k);
    return host::storage::exists(full);
  }
  template <typename F>
  static void mutate(const K& k, F&& f) {
    StorageKey full;
    keyInto(full, k);
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

  /// Writes the full key of (k1, k2) into `out` (which must be empty).
  static void keyInto(StorageKey& out, const K1& k1, const K2& k2) {
    out.append(kPrefix);
    detail::appendHashedKey<Hasher1>(out, k1);
    detail::appendHashedKey<Hasher2>(out, k2);
  }
  /// The full key of (k1, k2).
  static gc::ByteBuffer key(const K1& k1, const K2& k2) {
    StorageKey full;
    keyInto(full, k1, k2);
    return gc::ByteBuffer(full.data(), full.data() + full.size());
  }
  static detail::QueryResult<V, Query> get(const K1& k1, const K2& k2) {
    StorageKey full;
    keyInto(full, k1, k2);
    return detail::query<V, Query>(full);
  }
  static void insert(const K1& k1, const K2& k2, const V& v) {
    StorageKey full;
    keyInto(full, k1, k2);
    detail::write(full, v);
  }
  static void remove(const K1& k1, const K2& k2) {
    StorageKey full;
    keyInto(full, k1, k2);
    host::storage::clear(full);
  }
  static bool contains(const K1& k1, const K2& k2) {
    StorageKey full;
    keyInto(full, k1, k2);
    return host::storage::exists(full);
  }
};

}  // namespace rt::support
