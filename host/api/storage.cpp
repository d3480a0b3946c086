// SPDX-License-Identifier: Apache-2.0
// sp_io::storage and sp_io::default_child_storage (substrate/primitives/io/src/lib.rs) on the
// call's Overlay. Marshalling as sp-runtime-interface does it: byte-slice arguments are packed
// pointer-sizes; Option<Vec<u8>>, Option<u32> and KillStorageResult results are SCALE-encoded in a
// fresh allocation (AllocateAndReturnByCodec); bool is an i32.
#include <cstring>

#include "codec/codec.hpp"
#include "host/api/registry.hpp"
#include "host/storage/state_root.hpp"
#include "host/trie/trie_root.hpp"

namespace rt::hostlib::api {
namespace {

using engine::CallContext;
using engine::HostResult;
using storage::Bytes;

Bytes bytesOf(std::span<const uint8_t> s) { return Bytes(s.begin(), s.end()); }

HostResult returnCodec(CallContext& ctx, const Bytes& encoded) { return ctx.returnBytes(encoded); }

HostResult returnOptionBytes(CallContext& ctx, const std::optional<Bytes>& value) {
  return returnCodec(ctx, rt::codec::encode(value));
}

/// sp_io::KillStorageResult: enum { AllRemoved(u32), SomeRemaining(u32) }.
HostResult returnKillResult(CallContext& ctx, const storage::ClearPrefixResult& r) {
  Bytes out{static_cast<uint8_t>(r.all_removed ? 0 : 1)};
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(r.loops >> (8 * i)));
  return returnCodec(ctx, out);
}

/// An Option<u32> argument (a SCALE-encoded pointer-size).
rt::Result<std::optional<uint32_t>, std::string> optionU32(CallContext& ctx, uint64_t packed) {
  RT_TRY(auto bytes, ctx.slice(packed));
  auto decoded = rt::codec::decode<std::optional<uint32_t>>(bytes);
  if (!decoded) return rt::Err(std::string("malformed Option<u32> limit"));
  return decoded.value();
}

/// read(key, value_out, offset): copies value[offset..] into value_out (as much as fits) and
/// returns Some(value.len() - offset) (Substrate: `value.len().saturating_sub(offset)`), or None.
HostResult readInto(CallContext& ctx, const std::optional<Bytes>& value, uint64_t out_packed, uint32_t offset) {
  if (!value) return returnCodec(ctx, rt::codec::encode(std::optional<uint32_t>{}));
  RT_TRY(auto out, ctx.slice(out_packed));
  const size_t start = std::min<size_t>(offset, value->size());
  const size_t n = std::min(out.size(), value->size() - start);
  if (n != 0) std::memcpy(out.data(), value->data() + start, n);
  return returnCodec(ctx, rt::codec::encode(std::optional<uint32_t>(static_cast<uint32_t>(value->size() - start))));
}

// --- main trie ---

HostResult set(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto key, ctx.slice(a[0]));
  RT_TRY(auto value, ctx.slice(a[1]));
  ctx.ext().storage.set({}, key, value);
  return uint64_t{0};
}

HostResult get(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto key, ctx.slice(a[0]));
  return returnOptionBytes(ctx, ctx.ext().storage.get({}, key));
}

HostResult read(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto key, ctx.slice(a[0]));
  return readInto(ctx, ctx.ext().storage.get({}, key), a[1], static_cast<uint32_t>(a[2]));
}

HostResult clear(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto key, ctx.slice(a[0]));
  ctx.ext().storage.clear({}, key);
  return uint64_t{0};
}

HostResult exists(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto key, ctx.slice(a[0]));
  return uint64_t{ctx.ext().storage.exists({}, key) ? 1u : 0u};
}

HostResult clearPrefix1(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto prefix, ctx.slice(a[0]));
  ctx.ext().storage.clearPrefix({}, prefix, std::nullopt);
  return uint64_t{0};
}

HostResult clearPrefix2(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto prefix, ctx.slice(a[0]));
  RT_TRY(auto limit, optionU32(ctx, a[1]));
  return returnKillResult(ctx, ctx.ext().storage.clearPrefix({}, prefix, limit));
}

HostResult append(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto key, ctx.slice(a[0]));
  RT_TRY(auto item, ctx.slice(a[1]));
  ctx.ext().storage.append({}, key, bytesOf(item));
  return uint64_t{0};
}

HostResult nextKey(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto key, ctx.slice(a[0]));
  return returnOptionBytes(ctx, ctx.ext().storage.nextKey({}, key));
}

HostResult changesRoot(CallContext& ctx, std::span<const uint64_t>) {
  return returnOptionBytes(ctx, std::nullopt);  // changes tries are gone: always None
}

HostResult startTransaction(CallContext& ctx, std::span<const uint64_t>) {
  ctx.ext().storage.startTransaction();
  return uint64_t{0};
}

HostResult commitTransaction(CallContext& ctx, std::span<const uint64_t>) {
  RT_TRY_VOID(ctx.ext().storage.commitTransaction());
  return uint64_t{0};
}

HostResult rollbackTransaction(CallContext& ctx, std::span<const uint64_t>) {
  RT_TRY_VOID(ctx.ext().storage.rollbackTransaction());
  return uint64_t{0};
}

// --- roots ---

rt::Result<trie::StateVersion, std::string> versionArg(std::span<const uint64_t> a, size_t i) {
  if (a.size() <= i) return trie::StateVersion::V0;  // version_1: state version 0
  auto v = trie::stateVersionFromInt(static_cast<uint32_t>(a[i]));
  if (!v) return rt::Err("invalid state version " + std::to_string(a[i]));
  return v.value();
}

/// ext_storage_root: the root of the full state (storage::stateRoot), 32 raw bytes (Vec<u8>).
HostResult root(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(const auto version, versionArg(a, 0));
  return ctx.returnBytes(storage::stateRoot(ctx.ext().storage, version));
}

// --- default child tries ---

rt::Result<Bytes, std::string> childId(CallContext& ctx, uint64_t packed) {
  RT_TRY(auto id, ctx.slice(packed));
  return bytesOf(id);
}

HostResult childGet(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto id, childId(ctx, a[0]));
  RT_TRY(auto key, ctx.slice(a[1]));
  return returnOptionBytes(ctx, ctx.ext().storage.get(id, key));
}

HostResult childRead(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto id, childId(ctx, a[0]));
  RT_TRY(auto key, ctx.slice(a[1]));
  return readInto(ctx, ctx.ext().storage.get(id, key), a[2], static_cast<uint32_t>(a[3]));
}

HostResult childSet(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto id, childId(ctx, a[0]));
  RT_TRY(auto key, ctx.slice(a[1]));
  RT_TRY(auto value, ctx.slice(a[2]));
  ctx.ext().storage.set(id, key, value);
  return uint64_t{0};
}

HostResult childClear(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto id, childId(ctx, a[0]));
  RT_TRY(auto key, ctx.slice(a[1]));
  ctx.ext().storage.clear(id, key);
  return uint64_t{0};
}

HostResult childKill1(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto id, childId(ctx, a[0]));
  ctx.ext().storage.clearPrefix(id, {}, std::nullopt);
  return uint64_t{0};
}

HostResult childKill2(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto id, childId(ctx, a[0]));
  RT_TRY(auto limit, optionU32(ctx, a[1]));
  return uint64_t{ctx.ext().storage.clearPrefix(id, {}, limit).all_removed ? 1u : 0u};
}

HostResult childKill3(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto id, childId(ctx, a[0]));
  RT_TRY(auto limit, optionU32(ctx, a[1]));
  return returnKillResult(ctx, ctx.ext().storage.clearPrefix(id, {}, limit));
}

HostResult childExists(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto id, childId(ctx, a[0]));
  RT_TRY(auto key, ctx.slice(a[1]));
  return uint64_t{ctx.ext().storage.exists(id, key) ? 1u : 0u};
}

HostResult childClearPrefix1(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto id, childId(ctx, a[0]));
  RT_TRY(auto prefix, ctx.slice(a[1]));
  ctx.ext().storage.clearPrefix(id, prefix, std::nullopt);
  return uint64_t{0};
}

HostResult childClearPrefix2(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto id, childId(ctx, a[0]));
  RT_TRY(auto prefix, ctx.slice(a[1]));
  RT_TRY(auto limit, optionU32(ctx, a[2]));
  return returnKillResult(ctx, ctx.ext().storage.clearPrefix(id, prefix, limit));
}

HostResult childRoot(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto id, childId(ctx, a[0]));
  RT_TRY(const auto version, versionArg(a, 1));
  return ctx.returnBytes(trie::trieRoot(ctx.ext().storage.view(id), version));
}

HostResult childNextKey(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto id, childId(ctx, a[0]));
  RT_TRY(auto key, ctx.slice(a[1]));
  return returnOptionBytes(ctx, ctx.ext().storage.nextKey(id, key));
}

constexpr HostFunctionEntry kFunctions[] = {
    {"ext_storage_set_version_1", set},
    {"ext_storage_get_version_1", get},
    {"ext_storage_read_version_1", read},
    {"ext_storage_clear_version_1", clear},
    {"ext_storage_exists_version_1", exists},
    {"ext_storage_clear_prefix_version_1", clearPrefix1},
    {"ext_storage_clear_prefix_version_2", clearPrefix2},
    {"ext_storage_append_version_1", append},
    {"ext_storage_next_key_version_1", nextKey},
    {"ext_storage_changes_root_version_1", changesRoot},
    {"ext_storage_root_version_1", root},
    {"ext_storage_root_version_2", root},
    {"ext_default_child_storage_root_version_1", childRoot},
    {"ext_default_child_storage_root_version_2", childRoot},
    {"ext_storage_start_transaction_version_1", startTransaction},
    {"ext_storage_commit_transaction_version_1", commitTransaction},
    {"ext_storage_rollback_transaction_version_1", rollbackTransaction},
    {"ext_default_child_storage_get_version_1", childGet},
    {"ext_default_child_storage_read_version_1", childRead},
    {"ext_default_child_storage_set_version_1", childSet},
    {"ext_default_child_storage_clear_version_1", childClear},
    {"ext_default_child_storage_storage_kill_version_1", childKill1},
    {"ext_default_child_storage_storage_kill_version_2", childKill2},
    {"ext_default_child_storage_storage_kill_version_3", childKill3},
    {"ext_default_child_storage_exists_version_1", childExists},
    {"ext_default_child_storage_clear_prefix_version_1", childClearPrefix1},
    {"ext_default_child_storage_clear_prefix_version_2", childClearPrefix2},
    {"ext_default_child_storage_next_key_version_1", childNextKey},
};

}  // namespace

std::span<const HostFunctionEntry> storageFunctions() { return kFunctions; }

}  // namespace rt::hostlib::api
