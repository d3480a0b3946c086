// SPDX-License-Identifier: Apache-2.0
// sp_io::trie roots (substrate/primitives/io/src/lib.rs): blake2-256 and keccak-256 roots of a
// SCALE Vec<(Vec<u8>, Vec<u8>)> (later duplicates of a key win, as trie_root's BTreeMap
// collection does) or of an ordered Vec<Vec<u8>>, returned as a pointer to the 32-byte root.
// version_1 means state version 0; version_2 passes it. (verify_proof is not provided yet.)
#include <map>

#include "codec/codec.hpp"
#include "host/api/registry.hpp"
#include "host/trie/trie_root.hpp"

namespace rt::hostlib::api {
namespace {

using Bytes = std::vector<uint8_t>;

rt::Result<trie::StateVersion, std::string> versionArg(std::span<const uint64_t> args, size_t i) {
  if (args.size() <= i) return trie::StateVersion::V0;
  auto v = trie::stateVersionFromInt(static_cast<uint32_t>(args[i]));
  if (!v) return rt::Err("invalid state version " + std::to_string(args[i]));
  return v.value();
}

engine::HostResult returnRoot(engine::CallContext& ctx, const trie::Hash256& root) {
  RT_TRY(const uint64_t packed, ctx.returnBytes(root));
  return uint64_t{static_cast<uint32_t>(packed)};
}

template <trie::TrieHasher H>
engine::HostResult root(engine::CallContext& ctx, std::span<const uint64_t> args) {
  RT_TRY(auto input, ctx.slice(args[0]));
  auto pairs = rt::codec::decode<std::vector<std::pair<Bytes, Bytes>>>(input);
  if (!pairs) return rt::Err(std::string("malformed Vec<(Vec<u8>, Vec<u8>)>"));
  RT_TRY(const auto version, versionArg(args, 1));
  std::map<Bytes, Bytes> kv;
  for (auto& [k, v] : pairs.value()) kv[std::move(k)] = std::move(v);
  return returnRoot(ctx, trie::trieRoot(kv, version, H));
}

template <trie::TrieHasher H>
engine::HostResult orderedRoot(engine::CallContext& ctx, std::span<const uint64_t> args) {
  RT_TRY(auto input, ctx.slice(args[0]));
  auto values = rt::codec::decode<std::vector<Bytes>>(input);
  if (!values) return rt::Err(std::string("malformed Vec<Vec<u8>>"));
  RT_TRY(const auto version, versionArg(args, 1));
  return returnRoot(ctx, trie::orderedTrieRoot(values.value(), version, H));
}

constexpr auto kBlake2 = trie::TrieHasher::Blake2_256;
constexpr auto kKeccak = trie::TrieHasher::Keccak_256;

constexpr HostFunctionEntry kFunctions[] = {
    {"ext_trie_blake2_256_root_version_1", root<kBlake2>},
    {"ext_trie_blake2_256_root_version_2", root<kBlake2>},
    {"ext_trie_blake2_256_ordered_root_version_1", orderedRoot<kBlake2>},
    {"ext_trie_blake2_256_ordered_root_version_2", orderedRoot<kBlake2>},
    {"ext_trie_keccak_256_root_version_1", root<kKeccak>},
    {"ext_trie_keccak_256_root_version_2", root<kKeccak>},
    {"ext_trie_keccak_256_ordered_root_version_1", orderedRoot<kKeccak>},
    {"ext_trie_keccak_256_ordered_root_version_2", orderedRoot<kKeccak>},
};

}  // namespace

std::span<const HostFunctionEntry> trieFunctions() { return kFunctions; }

}  // namespace rt::hostlib::api
