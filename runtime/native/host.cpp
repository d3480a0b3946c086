// SPDX-License-Identifier: Apache-2.0
// Native implementation of rt::host (the runtime's view of its host), for the native build of the
// runtime: every call goes to the project's host library through the native binding
// (host/native/native_host.hpp), i.e. the very host functions a wasm build calls, on the current
// NativeCallScope's externalities. Results the wasm build would allocate with
// ext_allocator_malloc are plain native allocations here.
#include <cstdlib>

#include "host/native/native_host.hpp"
#include "runtime/host/allocator.hpp"
#include "runtime/host/log.hpp"
#include "rt/assert.hpp"

namespace rt::host {

uint8_t* malloc(uint32_t size) {
  auto* p = static_cast<uint8_t*>(std::malloc(size == 0 ? 1 : size));
  if (p == nullptr) rt_panic("host: out of memory", __FILE__, __LINE__);
  return p;
}

void free(void* ptr) { std::free(ptr); }

void log(LogLevel level, std::string_view target, std::string_view message) {
  const auto bytes = [](std::string_view s) {
    return std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(s.data()), s.size());
  };
  auto r = hostlib::native::callHost("ext_logging_log_version_1",
                                     {static_cast<uint64_t>(level), bytes(target), bytes(message)});
  if (!r) rt_panic(r.error().c_str(), __FILE__, __LINE__);
}

}  // namespace rt::host

// --- storage, hashing, crypto: through the same host functions, natively ---

#include <cstring>

#include "codec/codec.hpp"
#include "runtime/host/crypto.hpp"
#include "runtime/host/hashing.hpp"
#include "runtime/host/storage.hpp"

namespace rt::host {
namespace {

using hostlib::native::callHost;
using hostlib::native::ReturnKind;

hostlib::native::Returned must(rt::Result<hostlib::native::Returned, std::string> r) {
  if (!r) rt_panic(r.error().c_str(), __FILE__, __LINE__);  // a wasm runtime would trap here
  return std::move(r).value();
}

std::optional<gc::ByteBuffer> optionBytes(const std::vector<uint8_t>& encoded) {
  auto decoded = rt::codec::decode<std::optional<std::vector<uint8_t>>>(encoded);
  if (!decoded) rt_panic("host returned a malformed Option<Vec<u8>>", __FILE__, __LINE__);
  if (!decoded.value()) return std::nullopt;
  return gc::ByteBuffer(decoded.value()->begin(), decoded.value()->end());
}

template <size_t N>
std::array<uint8_t, N> fixed(const std::vector<uint8_t>& bytes) {
  std::array<uint8_t, N> out;
  std::memcpy(out.data(), bytes.data(), N);
  return out;
}

template <size_t N>
std::array<uint8_t, N> digest(const char* name, std::span<const uint8_t> data) {
  return fixed<N>(must(callHost(name, {data}, ReturnKind::kPointer, N)).bytes);
}

}  // namespace

namespace storage {

std::optional<gc::ByteBuffer> get(std::span<const uint8_t> key) {
  return optionBytes(must(callHost("ext_storage_get_version_1", {key}, ReturnKind::kBytes)).bytes);
}
std::optional<uint32_t> read(std::span<const uint8_t> key, std::span<uint8_t> out, uint32_t offset) {
  const auto r = must(callHost("ext_storage_read_version_1", {key, out, uint64_t{offset}}, ReturnKind::kBytes));
  auto decoded = rt::codec::decode<std::optional<uint32_t>>(r.bytes);
  if (!decoded) rt_panic("host returned a malformed Option<u32>", __FILE__, __LINE__);
  return decoded.value();
}
void set(std::span<const uint8_t> key, std::span<const uint8_t> value) {
  must(callHost("ext_storage_set_version_1", {key, value}));
}
void clear(std::span<const uint8_t> key) { must(callHost("ext_storage_clear_version_1", {key})); }
bool exists(std::span<const uint8_t> key) { return must(callHost("ext_storage_exists_version_1", {key})).value != 0; }
void append(std::span<const uint8_t> key, std::span<const uint8_t> item) {
  must(callHost("ext_storage_append_version_1", {key, item}));
}
ClearPrefixResult clearPrefix(std::span<const uint8_t> prefix, std::optional<uint32_t> limit) {
  const std::vector<uint8_t> encoded_limit = rt::codec::encode(limit);
  const auto r = must(callHost("ext_storage_clear_prefix_version_2", {prefix, std::span<const uint8_t>(encoded_limit)},
                               ReturnKind::kBytes));
  ClearPrefixResult out;
  out.all_removed = r.bytes.at(0) == 0;
  std::memcpy(&out.loops, r.bytes.data() + 1, 4);
  return out;
}
std::optional<gc::ByteBuffer> nextKey(std::span<const uint8_t> key) {
  return optionBytes(must(callHost("ext_storage_next_key_version_1", {key}, ReturnKind::kBytes)).bytes);
}
std::array<uint8_t, 32> root(uint8_t state_version) {
  return fixed<32>(must(callHost("ext_storage_root_version_2", {uint64_t{state_version}}, ReturnKind::kBytes)).bytes);
}
void startTransaction() { must(callHost("ext_storage_start_transaction_version_1", {})); }
void commitTransaction() { must(callHost("ext_storage_commit_transaction_version_1", {})); }
void rollbackTransaction() { must(callHost("ext_storage_rollback_transaction_version_1", {})); }

}  // namespace storage

namespace hashing {

std::array<uint8_t, 8> twox64(std::span<const uint8_t> d) { return digest<8>("ext_hashing_twox_64_version_1", d); }
std::array<uint8_t, 16> twox128(std::span<const uint8_t> d) { return digest<16>("ext_hashing_twox_128_version_1", d); }
std::array<uint8_t, 32> twox256(std::span<const uint8_t> d) { return digest<32>("ext_hashing_twox_256_version_1", d); }
std::array<uint8_t, 16> blake2_128(std::span<const uint8_t> d) { return digest<16>("ext_hashing_blake2_128_version_1", d); }
std::array<uint8_t, 32> blake2_256(std::span<const uint8_t> d) { return digest<32>("ext_hashing_blake2_256_version_1", d); }
std::array<uint8_t, 32> keccak256(std::span<const uint8_t> d) { return digest<32>("ext_hashing_keccak_256_version_1", d); }
std::array<uint8_t, 32> sha2_256(std::span<const uint8_t> d) { return digest<32>("ext_hashing_sha2_256_version_1", d); }

}  // namespace hashing

namespace crypto {
namespace {
/// Native pointers do not fit an i32: fixed-size arguments travel as bytes in the scratch memory,
/// and the host function sees their scratch address (the native binding copies them).
template <size_t N>
std::span<const uint8_t> bytesOf(const std::array<uint8_t, N>& a) { return a; }
}  // namespace

bool sr25519Verify(const std::array<uint8_t, 64>& sig, std::span<const uint8_t> msg, const std::array<uint8_t, 32>& pub) {
  return must(callHost("ext_crypto_sr25519_verify_version_2", {bytesOf(sig), msg, bytesOf(pub)}, ReturnKind::kValue)).value != 0;
}
bool ed25519Verify(const std::array<uint8_t, 64>& sig, std::span<const uint8_t> msg, const std::array<uint8_t, 32>& pub) {
  return must(callHost("ext_crypto_ed25519_verify_version_1", {bytesOf(sig), msg, bytesOf(pub)})).value != 0;
}
bool ecdsaVerify(const std::array<uint8_t, 65>& sig, std::span<const uint8_t> msg, const std::array<uint8_t, 33>& pub) {
  return must(callHost("ext_crypto_ecdsa_verify_version_2", {bytesOf(sig), msg, bytesOf(pub)})).value != 0;
}
std::optional<std::array<uint8_t, 33>> secp256k1RecoverCompressed(const std::array<uint8_t, 65>& sig,
                                                                  const std::array<uint8_t, 32>& hash) {
  const auto r = must(callHost("ext_crypto_secp256k1_ecdsa_recover_compressed_version_2", {bytesOf(sig), bytesOf(hash)},
                               ReturnKind::kBytes));
  if (r.bytes.empty() || r.bytes[0] != 0) return std::nullopt;
  std::array<uint8_t, 33> out;
  std::memcpy(out.data(), r.bytes.data() + 1, 33);
  return out;
}

}  // namespace crypto

}  // namespace rt::host

#include "runtime/host/trie.hpp"

namespace rt::host::trie {

std::array<uint8_t, 32> blake2_256OrderedRoot(std::span<const uint8_t> encoded_values, uint8_t state_version) {
  return fixed<32>(must(callHost("ext_trie_blake2_256_ordered_root_version_2",
                                 {encoded_values, uint64_t{state_version}}, ReturnKind::kPointer, 32))
                       .bytes);
}

}  // namespace rt::host::trie

#include "runtime/host/misc.hpp"

namespace rt::host::misc {

std::optional<gc::ByteBuffer> runtimeVersion(std::span<const uint8_t> code) {
  return optionBytes(must(callHost("ext_misc_runtime_version_version_1", {code}, ReturnKind::kBytes)).bytes);
}

}  // namespace rt::host::misc
