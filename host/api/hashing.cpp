// SPDX-License-Identifier: Apache-2.0
// sp_io::hashing (substrate/primitives/io/src/lib.rs): each takes a byte slice and returns a
// pointer to its fixed-size digest in a fresh allocation ([u8; N]: AllocateAndReturnPointer).
#include "host/api/registry.hpp"
#include "host/hashing/hashing.hpp"

namespace rt::hostlib::api {
namespace {

template <auto Hash>
engine::HostResult digest(engine::CallContext& ctx, std::span<const uint64_t> args) {
  RT_TRY(auto data, ctx.slice(args[0]));
  const auto d = Hash(std::span<const uint8_t>(data));
  RT_TRY(const uint64_t packed, ctx.returnBytes(d));
  return uint64_t{static_cast<uint32_t>(packed)};
}

constexpr HostFunctionEntry kFunctions[] = {
    {"ext_hashing_keccak_256_version_1", digest<hashing::keccak256>},
    {"ext_hashing_keccak_512_version_1", digest<hashing::keccak512>},
    {"ext_hashing_sha2_256_version_1", digest<hashing::sha256>},
    {"ext_hashing_blake2_128_version_1", digest<hashing::blake2b128>},
    {"ext_hashing_blake2_256_version_1", digest<hashing::blake2b256>},
    {"ext_hashing_twox_64_version_1", digest<hashing::twox64>},
    {"ext_hashing_twox_128_version_1", digest<hashing::twox128>},
    {"ext_hashing_twox_256_version_1", digest<hashing::twox256>},
};

}  // namespace

std::span<const HostFunctionEntry> hashingFunctions() { return kFunctions; }

}  // namespace rt::hostlib::api
