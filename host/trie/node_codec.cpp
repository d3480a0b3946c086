// SPDX-License-Identifier: Apache-2.0
// Partial keys, values, bitmaps and child references of Substrate trie nodes (see node_codec.hpp).
#include "host/trie/node_codec.hpp"

#include "codec/compact.hpp"
#include "codec/encoder.hpp"
#include "host/hashing/blake2b.hpp"
#include "host/hashing/keccak.hpp"
#include "rt/assert.hpp"

namespace rt::hostlib::trie {

namespace {

/// Appends `bytes` as SCALE Vec<u8>: Compact<u32> length, then the bytes (as parity's
/// `Compact(len as u32).encode_to` + `extend_from_slice`, and `<[u8]>::encode_to`).
void appendScaleBytes(std::span<const uint8_t> bytes, Bytes& out) {
  RT_ASSERT(bytes.size() <= UINT32_MAX);
  rt::codec::encodeAppend(out, rt::codec::Compact<uint32_t>{static_cast<uint32_t>(bytes.size())});
  out.insert(out.end(), bytes.begin(), bytes.end());
}

}  // namespace

Hash256 trieHash(std::span<const uint8_t> data, TrieHasher hasher) {
  switch (hasher) {
    case TrieHasher::Blake2_256:
      return hashing::blake2b256(data);
    case TrieHasher::Keccak_256:
      return hashing::keccak256(data);
  }
  RT_UNREACHABLE("unknown TrieHasher");
}

void appendPartialKey(std::span<const uint8_t> key, std::size_t from, std::size_t to, Bytes& out) {
  RT_ASSERT(from <= to && to <= 2 * key.size());
  std::size_t i = from;
  if ((to - from) % 2 == 1) out.push_back(nibbleAt(key, i++));  // odd count: lone first nibble
  for (; i < to; i += 2) {
    out.push_back(static_cast<uint8_t>(nibbleAt(key, i) << 4 | nibbleAt(key, i + 1)));
  }
}

void appendValue(std::span<const uint8_t> value, StateVersion version, TrieHasher hasher,
                 Bytes& out) {
  if (storesValueHashed(value.size(), version)) {
    const Hash256 h = trieHash(value, hasher);
    out.insert(out.end(), h.begin(), h.end());
  } else {
    appendScaleBytes(value, out);
  }
}

void appendChildrenBitmap(uint16_t bitmap, Bytes& out) {
  out.push_back(static_cast<uint8_t>(bitmap & 0xff));
  out.push_back(static_cast<uint8_t>(bitmap >> 8));
}

void appendChildReference(std::span<const uint8_t> child, TrieHasher hasher, Bytes& out) {
  if (child.size() < 32) {
    appendScaleBytes(child, out);
  } else {
    const Hash256 h = trieHash(child, hasher);
    appendScaleBytes(h, out);
  }
}

}  // namespace rt::hostlib::trie
