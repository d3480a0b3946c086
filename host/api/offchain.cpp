// SPDX-License-Identifier: Apache-2.0
// sp_io::offchain and sp_io::offchain_index (substrate/primitives/io/src/lib.rs) for a host with
// no network: local storage is real (both kinds), submitted transactions and index changes are
// recorded in the call's OffchainState, the clock and the seed are what the caller set, and every
// network operation fails the way sp-io lets it fail (Err(()) / HttpError::Invalid /
// HttpRequestStatus::Invalid), never with a trap.
#include <cstring>

#include "codec/codec.hpp"
#include "host/api/registry.hpp"

namespace rt::hostlib::api {
namespace {

using engine::CallContext;
using engine::HostResult;
using Bytes = std::vector<uint8_t>;

/// sp_core::offchain::StorageKind: PERSISTENT = 1, LOCAL = 2.
rt::Result<std::map<Bytes, Bytes>*, std::string> localStorage(CallContext& ctx, uint64_t kind) {
  if (kind == 1) return &ctx.ext().offchain.persistent;
  if (kind == 2) return &ctx.ext().offchain.local;
  return rt::Err("unknown offchain StorageKind " + std::to_string(kind));
}

constexpr uint8_t kResultErr = 0x01;
constexpr uint8_t kHttpErrorInvalid = 0x02;
constexpr uint8_t kHttpStatusInvalid = 0x02;

HostResult isValidator(CallContext& ctx, std::span<const uint64_t>) {
  return uint64_t{ctx.ext().offchain.is_validator ? 1u : 0u};
}

HostResult submitTransaction(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto data, ctx.slice(a[0]));
  ctx.ext().offchain.submitted.emplace_back(data.begin(), data.end());
  return ctx.returnBytes(Bytes{0x00});  // Ok(())
}

HostResult networkState(CallContext& ctx, std::span<const uint64_t>) {
  return ctx.returnBytes(Bytes{kResultErr});  // no network: Err(())
}

HostResult timestamp(CallContext& ctx, std::span<const uint64_t>) { return ctx.ext().offchain.timestamp_ms; }

HostResult sleepUntil(CallContext&, std::span<const uint64_t>) { return uint64_t{0}; }

HostResult randomSeed(CallContext& ctx, std::span<const uint64_t>) {
  // [u8; 32] is returned as a bare pointer to 32 bytes (AllocateAndReturnPointer).
  const auto& seed = ctx.ext().offchain.random_seed;
  RT_TRY(const uint64_t packed, ctx.returnBytes(seed));
  return uint64_t{static_cast<uint32_t>(packed)};
}

HostResult localSet(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto* store, localStorage(ctx, a[0]));
  RT_TRY(auto key, ctx.slice(a[1]));
  RT_TRY(auto value, ctx.slice(a[2]));
  (*store)[Bytes(key.begin(), key.end())] = Bytes(value.begin(), value.end());
  return uint64_t{0};
}

HostResult localClear(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto* store, localStorage(ctx, a[0]));
  RT_TRY(auto key, ctx.slice(a[1]));
  store->erase(Bytes(key.begin(), key.end()));
  return uint64_t{0};
}

HostResult localCompareAndSet(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto* store, localStorage(ctx, a[0]));
  RT_TRY(auto key, ctx.slice(a[1]));
  RT_TRY(auto old_encoded, ctx.slice(a[2]));
  RT_TRY(auto new_value, ctx.slice(a[3]));
  auto old_value = rt::codec::decode<std::optional<Bytes>>(old_encoded);
  if (!old_value) return rt::Err(std::string("malformed Option<Vec<u8>> old_value"));
  const Bytes k(key.begin(), key.end());
  const auto it = store->find(k);
  const std::optional<Bytes> current = it == store->end() ? std::nullopt : std::optional<Bytes>(it->second);
  if (current != old_value.value()) return uint64_t{0};
  (*store)[k] = Bytes(new_value.begin(), new_value.end());
  return uint64_t{1};
}

HostResult localGet(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto* store, localStorage(ctx, a[0]));
  RT_TRY(auto key, ctx.slice(a[1]));
  const auto it = store->find(Bytes(key.begin(), key.end()));
  const std::optional<Bytes> value = it == store->end() ? std::nullopt : std::optional<Bytes>(it->second);
  return ctx.returnBytes(rt::codec::encode(value));
}

HostResult httpRequestStart(CallContext& ctx, std::span<const uint64_t>) {
  return ctx.returnBytes(Bytes{kResultErr});  // Result<HttpRequestId, ()>: Err(())
}

HostResult httpAddHeader(CallContext& ctx, std::span<const uint64_t>) {
  return ctx.returnBytes(Bytes{kResultErr});  // Result<(), ()>: no such request
}

HostResult httpWriteBody(CallContext& ctx, std::span<const uint64_t>) {
  return ctx.returnBytes(Bytes{kResultErr, kHttpErrorInvalid});  // Err(HttpError::Invalid)
}

HostResult httpResponseWait(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto ids_encoded, ctx.slice(a[0]));
  auto ids = rt::codec::decode<std::vector<uint16_t>>(ids_encoded);
  if (!ids) return rt::Err(std::string("malformed Vec<HttpRequestId>"));
  // Vec<HttpRequestStatus>: every id is Invalid (no request was ever started).
  const std::vector<uint8_t> statuses(ids.value().size(), kHttpStatusInvalid);
  return ctx.returnBytes(rt::codec::encode(statuses));
}

HostResult httpResponseHeaders(CallContext& ctx, std::span<const uint64_t>) {
  return ctx.returnBytes(Bytes{0x00});  // Vec<(Vec<u8>, Vec<u8>)>: empty
}

HostResult httpReadBody(CallContext& ctx, std::span<const uint64_t>) {
  return ctx.returnBytes(Bytes{kResultErr, kHttpErrorInvalid});  // Err(HttpError::Invalid)
}

HostResult setAuthorizedNodes(CallContext&, std::span<const uint64_t>) { return uint64_t{0}; }

HostResult indexSet(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto key, ctx.slice(a[0]));
  RT_TRY(auto value, ctx.slice(a[1]));
  ctx.ext().offchain.index[Bytes(key.begin(), key.end())] = Bytes(value.begin(), value.end());
  return uint64_t{0};
}

HostResult indexClear(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto key, ctx.slice(a[0]));
  ctx.ext().offchain.index[Bytes(key.begin(), key.end())] = std::nullopt;
  return uint64_t{0};
}

constexpr HostFunctionEntry kFunctions[] = {
    {"ext_offchain_is_validator_version_1", isValidator},
    {"ext_offchain_submit_transaction_version_1", submitTransaction},
    {"ext_offchain_network_state_version_1", networkState},
    {"ext_offchain_timestamp_version_1", timestamp},
    {"ext_offchain_sleep_until_version_1", sleepUntil},
    {"ext_offchain_random_seed_version_1", randomSeed},
    {"ext_offchain_local_storage_set_version_1", localSet},
    {"ext_offchain_local_storage_clear_version_1", localClear},
    {"ext_offchain_local_storage_compare_and_set_version_1", localCompareAndSet},
    {"ext_offchain_local_storage_get_version_1", localGet},
    {"ext_offchain_http_request_start_version_1", httpRequestStart},
    {"ext_offchain_http_request_add_header_version_1", httpAddHeader},
    {"ext_offchain_http_request_write_body_version_1", httpWriteBody},
    {"ext_offchain_http_response_wait_version_1", httpResponseWait},
    {"ext_offchain_http_response_headers_version_1", httpResponseHeaders},
    {"ext_offchain_http_response_read_body_version_1", httpReadBody},
    {"ext_offchain_set_authorized_nodes_version_1", setAuthorizedNodes},
    {"ext_offchain_index_set_version_1", indexSet},
    {"ext_offchain_index_clear_version_1", indexClear},
};

}  // namespace

std::span<const HostFunctionEntry> offchainFunctions() { return kFunctions; }

}  // namespace rt::hostlib::api
