// SPDX-License-Identifier: Apache-2.0
// wasm32 implementation of rt::host (allocator, logging, storage, hashing, crypto, trie, misc) over
// the imported host functions.
#include "runtime/host/allocator.hpp"
#include "runtime/host/log.hpp"
#include "runtime/wasm/host_imports.hpp"

namespace rt::host {

uint8_t* malloc(uint32_t size) {
  return reinterpret_cast<uint8_t*>(
      static_cast<uintptr_t>(static_cast<uint32_t>(ext_allocator_malloc_version_1(static_cast<int32_t>(size)))));
}

void free(void* ptr) {
  if (ptr != nullptr) {
    ext_allocator_free_version_1(static_cast<int32_t>(reinterpret_cast<uintptr_t>(ptr)));
  }
}

void log(LogLevel level, std::string_view target, std::string_view message) {
  ext_logging_log_version_1(static_cast<int32_t>(level),
                            wasm::packPtrLen(target.data(), static_cast<uint32_t>(target.size())),
                            wasm::packPtrLen(message.data(), static_cast<uint32_t>(message.size())));
}

}  // namespace rt::host

// --- storage, hashing, crypto ---

#include <cstring>

#include "runtime/host/crypto.hpp"
#include "runtime/host/hashing.hpp"
#include "runtime/host/storage.hpp"
#include "rt/assert.hpp"

namespace rt::host {
namespace {

int64_t slice(std::span<const uint8_t> bytes) {
  return wasm::packPtrLen(bytes.data(), static_cast<uint32_t>(bytes.size()));
}

/// Decodes a host-allocated SCALE Option<Vec<u8>> into GC memory and frees the host block.
std::optional<gc::ByteBuffer> takeOptionBytes(int64_t packed) {
  uint8_t* p = wasm::unpackPtr(packed);
  const uint32_t len = wasm::unpackLen(packed);
  std::optional<gc::ByteBuffer> out;
  if (len != 0 && p[0] == 1) {
    // Compact<u32> length, then the bytes (sp-runtime-interface wrote it; it is well formed).
    uint32_t n = 0;
    uint32_t header = 0;
    switch (p[1] & 3) {
      case 0: n = p[1] >> 2; header = 1; break;
      case 1: n = (p[1] | (uint32_t{p[2]} << 8)) >> 2; header = 2; break;
      case 2: n = (p[1] | (uint32_t{p[2]} << 8) | (uint32_t{p[3]} << 16) | (uint32_t{p[4]} << 24)) >> 2; header = 4; break;
      default: n = p[2] | (uint32_t{p[3]} << 8) | (uint32_t{p[4]} << 16) | (uint32_t{p[5]} << 24); header = 5; break;
    }
    RT_ASSERT(1 + header + uint64_t{n} <= len);
    out.emplace(p + 1 + header, p + 1 + header + n);
  }
  free(p);
  return out;
}

/// Copies N bytes behind a host-returned pointer and frees the host block.
template <size_t N>
std::array<uint8_t, N> takeFixed(int32_t ptr) {
  auto* p = reinterpret_cast<uint8_t*>(static_cast<uintptr_t>(static_cast<uint32_t>(ptr)));
  std::array<uint8_t, N> out;
  std::memcpy(out.data(), p, N);
  free(p);
  return out;
}

}  // namespace

namespace storage {

std::optional<gc::ByteBuffer> get(std::span<const uint8_t> key) {
  return takeOptionBytes(ext_storage_get_version_1(slice(key)));
}
std::optional<uint32_t> read(std::span<const uint8_t> key, std::span<uint8_t> out, uint32_t offset) {
  const int64_t packed = ext_storage_read_version_1(slice(key), wasm::packPtrLen(out.data(), static_cast<uint32_t>(out.size())),
                                                    static_cast<int32_t>(offset));
  uint8_t* p = wasm::unpackPtr(packed);
  std::optional<uint32_t> len;
  if (wasm::unpackLen(packed) >= 5 && p[0] == 1) {
    len = p[1] | (uint32_t{p[2]} << 8) | (uint32_t{p[3]} << 16) | (uint32_t{p[4]} << 24);
  }
  free(p);
  return len;
}
void set(std::span<const uint8_t> key, std::span<const uint8_t> value) {
  ext_storage_set_version_1(slice(key), slice(value));
}
void clear(std::span<const uint8_t> key) { ext_storage_clear_version_1(slice(key)); }
bool exists(std::span<const uint8_t> key) { return ext_storage_exists_version_1(slice(key)) != 0; }
void append(std::span<const uint8_t> key, std::span<const uint8_t> item) {
  ext_storage_append_version_1(slice(key), slice(item));
}
ClearPrefixResult clearPrefix(std::span<const uint8_t> prefix, std::optional<uint32_t> limit) {
  uint8_t encoded_limit[5] = {0};
  uint32_t limit_len = 1;
  if (limit) {
    encoded_limit[0] = 1;
    std::memcpy(encoded_limit + 1, &*limit, 4);  // wasm32 is little-endian, as SCALE
    limit_len = 5;
  }
  const int64_t packed = ext_storage_clear_prefix_version_2(slice(prefix), wasm::packPtrLen(encoded_limit, limit_len));
  uint8_t* p = wasm::unpackPtr(packed);
  ClearPrefixResult r;
  r.all_removed = p[0] == 0;
  std::memcpy(&r.loops, p + 1, 4);
  free(p);
  return r;
}
std::optional<gc::ByteBuffer> nextKey(std::span<const uint8_t> key) {
  return takeOptionBytes(ext_storage_next_key_version_1(slice(key)));
}
std::array<uint8_t, 32> root(uint8_t state_version) {
  const int64_t packed = ext_storage_root_version_2(state_version);
  RT_ASSERT(wasm::unpackLen(packed) == 32);
  return takeFixed<32>(static_cast<int32_t>(static_cast<uint32_t>(packed)));
}
void startTransaction() { ext_storage_start_transaction_version_1(); }
void commitTransaction() { ext_storage_commit_transaction_version_1(); }
void rollbackTransaction() { ext_storage_rollback_transaction_version_1(); }

}  // namespace storage

namespace hashing {

std::array<uint8_t, 8> twox64(std::span<const uint8_t> d) { return takeFixed<8>(ext_hashing_twox_64_version_1(slice(d))); }
std::array<uint8_t, 16> twox128(std::span<const uint8_t> d) { return takeFixed<16>(ext_hashing_twox_128_version_1(slice(d))); }
std::array<uint8_t, 32> twox256(std::span<const uint8_t> d) { return takeFixed<32>(ext_hashing_twox_256_version_1(slice(d))); }
std::array<uint8_t, 16> blake2_128(std::span<const uint8_t> d) { return takeFixed<16>(ext_hashing_blake2_128_version_1(slice(d))); }
std::array<uint8_t, 32> blake2_256(std::span<const uint8_t> d) { return takeFixed<32>(ext_hashing_blake2_256_version_1(slice(d))); }
std::array<uint8_t, 32> keccak256(std::span<const uint8_t> d) { return takeFixed<32>(ext_hashing_keccak_256_version_1(slice(d))); }
std::array<uint8_t, 32> sha2_256(std::span<const uint8_t> d) { return takeFixed<32>(ext_hashing_sha2_256_version_1(slice(d))); }

}  // namespace hashing

namespace crypto {

bool sr25519Verify(const std::array<uint8_t, 64>& sig, std::span<const uint8_t> msg, const std::array<uint8_t, 32>& pub) {
  return ext_crypto_sr25519_verify_version_2(static_cast<int32_t>(reinterpret_cast<uintptr_t>(sig.data())), slice(msg),
                                             static_cast<int32_t>(reinterpret_cast<uintptr_t>(pub.data()))) != 0;
}
bool ed25519Verify(const std::array<uint8_t, 64>& sig, std::span<const uint8_t> msg, const std::array<uint8_t, 32>& pub) {
  return ext_crypto_ed25519_verify_version_1(static_cast<int32_t>(reinterpret_cast<uintptr_t>(sig.data())), slice(msg),
                                             static_cast<int32_t>(reinterpret_cast<uintptr_t>(pub.data()))) != 0;
}
bool ecdsaVerify(const std::array<uint8_t, 65>& sig, std::span<const uint8_t> msg, const std::array<uint8_t, 33>& pub) {
  return ext_crypto_ecdsa_verify_version_2(static_cast<int32_t>(reinterpret_cast<uintptr_t>(sig.data())), slice(msg),
                                           static_cast<int32_t>(reinterpret_cast<uintptr_t>(pub.data()))) != 0;
}
std::optional<std::array<uint8_t, 33>> secp256k1RecoverCompressed(const std::array<uint8_t, 65>& sig,
                                                                  const std::array<uint8_t, 32>& hash) {
  const int64_t packed = ext_crypto_secp256k1_ecdsa_recover_compressed_version_2(
      static_cast<int32_t>(reinterpret_cast<uintptr_t>(sig.data())), static_cast<int32_t>(reinterpret_cast<uintptr_t>(hash.data())));
  uint8_t* p = wasm::unpackPtr(packed);
  std::optional<std::array<uint8_t, 33>> out;
  if (p[0] == 0) {
    out.emplace();
    std::memcpy(out->data(), p + 1, 33);
  }
  free(p);
  return out;
}

}  // namespace crypto

}  // namespace rt::host

#include "runtime/host/trie.hpp"

namespace rt::host::trie {

std::array<uint8_t, 32> blake2_256OrderedRoot(std::span<const uint8_t> encoded_values, uint8_t state_version) {
  return takeFixed<32>(ext_trie_blake2_256_ordered_root_version_2(slice(encoded_values), state_version));
}

}  // namespace rt::host::trie

#include "runtime/host/misc.hpp"

namespace rt::host::misc {

std::optional<gc::ByteBuffer> runtimeVersion(std::span<const uint8_t> code) {
  return takeOptionBytes(ext_misc_runtime_version_version_1(slice(code)));
}

}  // namespace rt::host::misc
