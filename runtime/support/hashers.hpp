// SPDX-License-Identifier: Apache-2.0
// FRAME's storage hashers (frame_support::hash: Blake2_128, Blake2_256, Blake2_128Concat,
// Twox128, Twox256, Twox64Concat, Identity), each appending the hashed key to a storage key. The
// metadata index is frame-metadata's StorageHasher variant. Twox is computed in the runtime
// (runtime/support/twox.hpp, no host call); Blake2 goes to the host, as FRAME's does.
#pragma once

#include <cstdint>
#include <span>

#include "gc/gc.hpp"
#include "runtime/host/hashing.hpp"
#include "runtime/support/twox.hpp"

namespace rt::support {

namespace detail {
/// Appends to a gc::ByteBuffer (insert) or a SmallBytes (append).
template <class Out>
void appendBytes(Out& out, std::span<const uint8_t> bytes) {
  if constexpr (requires { out.append(bytes); }) {
    out.append(bytes);
  } else {
    out.insert(out.end(), bytes.begin(), bytes.end());
  }
}
}  // namespace detail

struct Blake2_128 {
  static constexpr uint8_t kMetadataIndex = 0;
  template <class Out>
  static void append(Out& out, std::span<const uint8_t> key) {
    detail::appendBytes(out, host::hashing::blake2_128(key));
  }
};

struct Blake2_256 {
  static constexpr uint8_t kMetadataIndex = 1;
  template <class Out>
  static void append(Out& out, std::span<const uint8_t> key) {
    detail::appendBytes(out, host::hashing::blake2_256(key));
  }
};

struct Blake2_128Concat {
  static constexpr uint8_t kMetadataIndex = 2;
  template <class Out>
  static void append(Out& out, std::span<const uint8_t> key) {
    detail::appendBytes(out, host::hashing::blake2_128(key));
    detail::appendBytes(out, key);
  }
};

struct Twox128 {
  static constexpr uint8_t kMetadataIndex = 3;
  template <class Out>
  static void append(Out& out, std::span<const uint8_t> key) {
    detail::appendBytes(out, twox<16>(key, key.size()));
  }
};

struct Twox256 {
  static constexpr uint8_t kMetadataIndex = 4;
  template <class Out>
  static void append(Out& out, std::span<const uint8_t> key) {
    detail::appendBytes(out, twox<32>(key, key.size()));
  }
};

struct Twox64Concat {
  static constexpr uint8_t kMetadataIndex = 5;
  template <class Out>
  static void append(Out& out, std::span<const uint8_t> key) {
    detail::appendBytes(out, twox<8>(key, key.size()));
    detail::appendBytes(out, key);
  }
};

struct Identity {
  static constexpr uint8_t kMetadataIndex = 6;
  template <class Out>
  static void append(Out& out, std::span<const uint8_t> key) { detail::appendBytes(out, key); }
};

}  // namespace rt::support
