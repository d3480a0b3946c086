// SPDX-License-Identifier: Apache-2.0
// Sequences, strings and sorted maps.
//
//   std::vector<T, A>        Vec<T>: Compact<u32> length, then the elements
//   std::span<T>             &[T]: encode only, same bytes as Vec<T>
//   std::array<T, N>         [T; N]: the N elements, no prefix
//   std::basic_string<char>  String: length + UTF-8 bytes; decode rejects invalid UTF-8
//   std::string_view         &str: encode only
//   std::map<K, V, C, A>     BTreeMap<K, V>: length + (key, value) pairs in key order
//   std::set<T, C, A>        BTreeSet<T>: length + elements in order
// Vectors and arrays of integers are copied with memcpy on little-endian targets. Decoders check
// `length * minEncodedSize<T>()` against the remaining input before they allocate, then reserve
// at most kMaxPreallocBytes and grow as elements actually decode.
//
// Maps and sets accept keys in any order and, for a repeated key, keep the last value, like
// parity's BTreeMap decode (collect into a BTreeMap):
// https://github.com/paritytech/parity-scale-codec/blob/085b1ba8ba2fd4fcd3922afed07a034c1cb885d0/src/codec.rs#L1273
// Re-encoding such input therefore yields the canonical (sorted, deduplicated) bytes, not the input.
#pragma once

#include <array>
#include <cstddef>
#include <cstring>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "codec/backend/utf8.hpp"
#include "codec/compact.hpp"
#include "codec/decoder.hpp"
#include "codec/encoder.hpp"
#include "codec/fixed_int.hpp"

namespace rt::codec {

namespace detail {

/// Elements to reserve before decoding `n` of them: n, capped at kMaxPreallocBytes worth.
template <class T>
std::size_t preallocCount(std::size_t n) {
  const std::size_t cap = kMaxPreallocBytes / sizeof(T) == 0 ? 1 : kMaxPreallocBytes / sizeof(T);
  return n < cap ? n : cap;
}

/// Encodes n elements without a prefix (memcpy for raw little-endian integers).
template <class S, class T>
void encodeElements(Encoder<S>& e, const T* p, std::size_t n) {
  if constexpr (kRawLittleEndian<T>) {
    e.putBytes(reinterpret_cast<const u8*>(p), n * sizeof(T));
  } else {
    for (std::size_t i = 0; i < n; ++i) e << p[i];
  }
}

}  // namespace detail

/// Vec<T>: compact length, then the elements.
template <class T, class A>
struct Codec<std::vector<T, A>> {
  /// Writes the length and the elements.
  template <class S>
  static void encode(Encoder<S>& e, const std::vector<T, A>& v) {
    encodeLength(e, v.size());
    if constexpr (kRawLittleEndian<T>) {
      detail::encodeElements(e, v.data(), v.size());
    } else {
      for (auto&& x : v) e << static_cast<const T&>(x);  // the cast also covers vector<bool>
    }
  }
  /// Replaces `v` with the decoded elements (empty on failure).
  static void decode(Decoder& d, std::vector<T, A>& v) {
    v.clear();
    const std::size_t n = decodeLength(d, minEncodedSize<T>());
    if constexpr (kRawLittleEndian<T>) {
      const u8* p = d.take(n * sizeof(T));
      if (p == nullptr || n == 0) return;
      v.resize(n);
      std::memcpy(v.data(), p, n * sizeof(T));
    } else {
      v.reserve(detail::preallocCount<T>(n));
      for (std::size_t i = 0; i < n && d.ok(); ++i) {
        T x = makeDefault<T>();
        d >> x;
        v.push_back(std::move(x));
      }
      if (!d.ok()) v.clear();
    }
  }
  /// One byte (the empty vector).
  static constexpr std::size_t minSize() { return 1; }
};

/// &[T]: encodes like Vec<T>; there is no decode into a span.
template <class T>
struct Codec<std::span<T>> {
  /// Writes the length and the elements.
  template <class S>
  static void encode(Encoder<S>& e, const std::span<T>& v) {
    encodeLength(e, v.size());
    detail::encodeElements(e, v.data(), v.size());
  }
  /// One byte (the empty slice).
  static constexpr std::size_t minSize() { return 1; }
};

/// [T; N]: the N elements, no length.
template <class T, std::size_t N>
struct Codec<std::array<T, N>> {
  /// Writes the elements.
  template <class S>
  static void encode(Encoder<S>& e, const std::array<T, N>& v) {
    detail::encodeElements(e, v.data(), N);
  }
  /// Decodes N elements (zeros on failure).
  static void decode(Decoder& d, std::array<T, N>& v) {
    if constexpr (N == 0) {
      return;
    } else if constexpr (kRawLittleEndian<T>) {
      const u8* p = d.take(N * sizeof(T));
      if (p != nullptr) std::memcpy(v.data(), p, N * sizeof(T));
      else v.fill(T{0});
    } else {
      for (auto& x : v) d >> x;
    }
  }
  /// N times the element's minimum.
  static constexpr std::size_t minSize() { return N * minEncodedSize<T>(); }
};

/// String: compact length, then UTF-8 bytes (checked when decoding).
template <class Tr, class A>
struct Codec<std::basic_string<char, Tr, A>> {
  /// Writes the length and the bytes.
  template <class S>
  static void encode(Encoder<S>& e, const std::basic_string<char, Tr, A>& v) {
    encodeLength(e, v.size());
    e.putBytes(reinterpret_cast<const u8*>(v.data()), v.size());
  }
  /// Replaces `v` (empty on failure, InvalidUtf8 for malformed text).
  static void decode(Decoder& d, std::basic_string<char, Tr, A>& v) {
    v.clear();
    const std::size_t n = decodeLength(d, 1);
    const u8* p = d.take(n);
    if (p == nullptr) return;
    if (!isValidUtf8(p, n)) {
      d.fail(DecodeError::InvalidUtf8);
      return;
    }
    // The iterator-range constructor is a member template, so it is instantiated here rather than
    // resolved to libc++'s compiled basic_string (which the wasm runtime does not link).
    const char* text = reinterpret_cast<const char*>(p);
    v = std::basic_string<char, Tr, A>(text, text + n, v.get_allocator());
  }
  /// One byte (the empty string).
  static constexpr std::size_t minSize() { return 1; }
};

/// &str: encodes like String; there is no decode into a view.
template <class Tr>
struct Codec<std::basic_string_view<char, Tr>> {
  /// Writes the length and the bytes.
  template <class S>
  static void encode(Encoder<S>& e, const std::basic_string_view<char, Tr>& v) {
    encodeLength(e, v.size());
    e.putBytes(reinterpret_cast<const u8*>(v.data()), v.size());
  }
  /// One byte (the empty string).
  static constexpr std::size_t minSize() { return 1; }
};

/// BTreeMap<K, V>: compact length, then (key, value) pairs in the map's order.
template <class K, class V, class C, class A>
struct Codec<std::map<K, V, C, A>> {
  /// Writes the length and the pairs in key order.
  template <class S>
  static void encode(Encoder<S>& e, const std::map<K, V, C, A>& m) {
    encodeLength(e, m.size());
    for (const auto& kv : m) e << kv.first << kv.second;
  }
  /// Replaces `m`; pairs may come in any order, a repeated key keeps its last value.
  static void decode(Decoder& d, std::map<K, V, C, A>& m) {
    m.clear();
    const std::size_t n = decodeLength(d, minEncodedSize<K>() + minEncodedSize<V>());
    for (std::size_t i = 0; i < n && d.ok(); ++i) {
      K k = makeDefault<K>();
      V v = makeDefault<V>();
      d >> k >> v;
      if (d.ok()) m.insert_or_assign(std::move(k), std::move(v));
    }
    if (!d.ok()) m.clear();
  }
  /// One byte (the empty map).
  static constexpr std::size_t minSize() { return 1; }
};

/// BTreeSet<T>: compact length, then the elements in order.
template <class T, class C, class A>
struct Codec<std::set<T, C, A>> {
  /// Writes the length and the elements in order.
  template <class S>
  static void encode(Encoder<S>& e, const std::set<T, C, A>& s) {
    encodeLength(e, s.size());
    for (const auto& x : s) e << x;
  }
  /// Replaces `s`; elements may come in any order, duplicates collapse.
  static void decode(Decoder& d, std::set<T, C, A>& s) {
    s.clear();
    const std::size_t n = decodeLength(d, minEncodedSize<T>());
    for (std::size_t i = 0; i < n && d.ok(); ++i) {
      T x = makeDefault<T>();
      d >> x;
      if (d.ok()) s.insert(std::move(x));
    }
    if (!d.ok()) s.clear();
  }
  /// One byte (the empty set).
  static constexpr std::size_t minSize() { return 1; }
};

}  // namespace rt::codec
