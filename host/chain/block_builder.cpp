// SPDX-License-Identifier: Apache-2.0
#include "host/chain/block_builder.hpp"

#include <chrono>

#include "codec/codec.hpp"
#include "host/chain/extrinsic.hpp"
#include "host/chain/runtime_version.hpp"
#include "host/crypto/from_uri.hpp"
#include "host/metadata/metadata.hpp"
#include "host/storage/state_root.hpp"
#include "host/trie/trie_root.hpp"

namespace rt::hostlib::chain {
namespace {

struct Session {
  engine::Runtime& runtime;
  std::vector<CallMeasure>* measures = nullptr;

  rt::Result<Bytes, std::string> call(engine::Externalities& ext, const std::string& method,
                                      std::span<const uint8_t> input, bool measure = true) {
    const auto start = std::chrono::steady_clock::now();
    auto r = runtime.call(method, input, ext);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!r) return rt::Err(r.error());
    if (measure && measures) measures->push_back(CallMeasure{method, ms, r.value().exec_ms, r.value().heap, r.value().output});
    return std::move(r.value().output);
  }
};

engine::Externalities fromState(const storage::StateFile& state) {
  engine::Externalities ext;
  ext.storage = storage::Overlay(state.top, state.children);
  return ext;
}

}  // namespace

rt::Result<BlockReport, std::string> buildBlock(engine::Runtime& runtime, const storage::StateFile& genesis,
                                                const BlockPlan& plan) {
  BlockReport report;
  Session session{runtime, &report.calls};
  engine::Externalities probe = fromState(genesis);

  RT_TRY(const Bytes version_bytes, session.call(probe, "Core_version", {}, false));
  RT_TRY(const RuntimeVersion version, decodeRuntimeVersion(version_bytes));
  const auto state_version = version.stateVersion() == 0 ? trie::StateVersion::V0 : trie::StateVersion::V1;

  // Metadata only when there are transfers to build (the call and signed-extension indices).
  std::optional<uint8_t> balances;
  std::optional<uint8_t> transfer;
  std::optional<uint8_t> system;
  std::optional<uint8_t> remark;
  std::vector<std::string> signed_extensions;
  if (plan.remarks > 0 && plan.known) return rt::Err(std::string("remarks need the runtime's metadata"));
  if (plan.transfers > 0 && plan.known) {
    balances = plan.known->balances_index;
    transfer = plan.known->transfer_keep_alive_index;
    signed_extensions = plan.known->signed_extensions;
  } else if (plan.transfers > 0 || plan.remarks > 0) {
    RT_TRY(const Bytes metadata_bytes, session.call(probe, "Metadata_metadata", {}, false));
    auto metadata = metadata::parseMetadata(metadata_bytes);
    if (!metadata) return rt::Err(metadata.error());  // already "metadata: <where>: <why>"
    balances = metadata.value().palletIndex("Balances");
    transfer = metadata.value().callIndex("Balances", "transfer_keep_alive");
    system = metadata.value().palletIndex("System");
    remark = metadata.value().callIndex("System", "remark");
    if (plan.transfers > 0 && (!balances || !transfer)) {
      return rt::Err(std::string("the runtime has no Balances::transfer_keep_alive"));
    }
    if (plan.remarks > 0 && (!system || !remark)) return rt::Err(std::string("the runtime has no System::remark"));
    signed_extensions = metadata.value().signedExtensions();
  }

  // Genesis header: the state's root, the empty extrinsics root, no digest.
  report.genesis.state_root = storage::stateRoot(probe.storage, state_version);
  report.genesis.extrinsics_root = trie::emptyTrieRoot();
  const Hash genesis_hash = headerHash(report.genesis);

  // Block 1: Aura slot 1 and a timestamp of one slot (Aura requires the two to agree).
  uint64_t slot_duration = 6000;
  Header header;
  header.parent_hash = genesis_hash;
  header.number = 1;
  if (version.api(kAuraApiId)) {
    RT_TRY(const Bytes duration, session.call(probe, "AuraApi_slot_duration", {}, false));
    auto d = rt::codec::decode<uint64_t>(duration);
    if (!d) return rt::Err(std::string("AuraApi_slot_duration returned no u64"));
    slot_duration = d.value();
    header.digest.push_back(preRuntime("aura", rt::codec::encode(uint64_t{1})));
  }

  engine::Externalities ext = fromState(genesis);
  report.initialize_header = encodeHeader(header);
  RT_TRY_VOID(session.call(ext, "Core_initialize_block", report.initialize_header));

  // Inherents on a scratch copy of the state (sc-block-builder rolls create_inherents back).
  engine::Externalities scratch = fromState(genesis);
  scratch.storage = ext.storage;
  std::vector<std::pair<std::array<uint8_t, 8>, Bytes>> inherent_data;
  inherent_data.push_back({{'t', 'i', 'm', 's', 't', 'a', 'p', '0'}, rt::codec::encode(slot_duration)});
  RT_TRY(const Bytes inherents_encoded,
         session.call(scratch, "BlockBuilder_inherent_extrinsics", rt::codec::encode(inherent_data), false));
  // Vec<OpaqueExtrinsic>: each item is itself a length-prefixed extrinsic encoding.
  rt::codec::Decoder d(inherents_encoded);
  uint64_t count = 0;
  d(rt::codec::asCompact(count));
  std::vector<Bytes> extrinsics;
  for (uint64_t i = 0; i < count && d.ok(); ++i) {
    Bytes body;
    d(body);
    uint64_t body_size = body.size();
    Bytes full = rt::codec::encode(rt::codec::asCompact(body_size));
    full.insert(full.end(), body.begin(), body.end());
    extrinsics.push_back(std::move(full));
  }
  if (!d.ok()) return rt::Err(std::string("BlockBuilder_inherent_extrinsics returned undecodable extrinsics"));
  report.inherents = static_cast<uint32_t>(extrinsics.size());
  for (const Bytes& x : extrinsics) {
    RT_TRY(const Bytes result, session.call(ext, "BlockBuilder_apply_extrinsic", x));
    if (result != Bytes{0x00, 0x00}) return rt::Err("an inherent failed to apply: result " + storage::toHex(result));
  }

  // sc-block-builder applies each extrinsic in a storage transaction and rolls it back when the
  // result is an invalid transaction (Err): the extrinsic is left out and so are its writes.
  auto applyInTransaction = [&](const Bytes& x) -> rt::Result<Bytes, std::string> {
    ext.storage.startTransaction();
    auto result = session.call(ext, "BlockBuilder_apply_extrinsic", x);
    const bool included = result && !result.value().empty() && result.value()[0] == 0x00;
    auto closed = included ? ext.storage.commitTransaction() : ext.storage.rollbackTransaction();
    if (!closed) return rt::Err(closed.error());
    return result;
  };

  // The transfers.
  auto sender = crypto::sr25519FromUri(plan.sender);
  auto recipient = crypto::sr25519FromUri(plan.recipient);
  if (!sender || !recipient) return rt::Err(std::string("bad sender or recipient URI"));
  SigningContext signing{version.spec_version, version.transaction_version, genesis_hash, signed_extensions};
  const Bytes call = plan.transfers > 0 ? transferCall(*balances, *transfer, recipient.value().public_key, plan.amount)
                                        : Bytes{};
  for (uint32_t nonce = 0; nonce < plan.transfers; ++nonce) {
    RT_TRY(Bytes x, signedExtrinsic(call, sender.value(), nonce, signing));
    RT_TRY(const Bytes result, applyInTransaction(x));
    if (result == Bytes{0x00, 0x00}) {
      ++report.transfers_ok;
      extrinsics.push_back(std::move(x));
    } else if (!result.empty() && result[0] == 0x00) {
      extrinsics.push_back(std::move(x));  // included, but the dispatch failed
    }
  }

  // The remarks: System::remark(Vec<u8>), nonces after the transfers'.
  if (plan.remarks > 0) {
    Bytes remark_call{*system, *remark};
    const Bytes text(plan.remark_bytes, 0x2a);
    const Bytes encoded_text = rt::codec::encode(text);
    remark_call.insert(remark_call.end(), encoded_text.begin(), encoded_text.end());
    for (uint32_t i = 0; i < plan.remarks; ++i) {
      RT_TRY(Bytes x, signedExtrinsic(remark_call, sender.value(), plan.transfers + i, signing));
      RT_TRY(const Bytes result, applyInTransaction(x));
      if (result == Bytes{0x00, 0x00}) {
        ++report.remarks_ok;
        extrinsics.push_back(std::move(x));
      } else if (!result.empty() && result[0] == 0x00) {
        extrinsics.push_back(std::move(x));
      }
    }
  }

  RT_TRY(const Bytes finalized, session.call(ext, "BlockBuilder_finalize_block", {}));
  RT_TRY(report.header, decodeHeader(finalized));
  report.block = encodeBlock(report.header, extrinsics);
  report.extrinsics = extrinsics;
  report.after.top = ext.storage.view({});
  for (const auto& id : ext.storage.childTries()) report.after.children[id] = ext.storage.view(id);

  // Import on the genesis state: the runtime checks both roots against the header.
  engine::Externalities importer = fromState(genesis);
  RT_TRY(const Bytes imported, session.call(importer, "Core_execute_block", report.block));
  (void)imported;
  if (storage::stateRoot(importer.storage, state_version) != report.header.state_root) {
    return rt::Err(std::string("Core_execute_block left a state whose root differs from the header's"));
  }
  return report;
}

}  // namespace rt::hostlib::chain
