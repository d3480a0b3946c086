// SPDX-License-Identifier: Apache-2.0
// Runtime APIs TaggedTransactionQueue v3 (sp_transaction_pool::runtime_api), AccountNonceApi v1
// (frame_system_rpc_runtime_api) and OffchainWorkerApi v2 (sp_offchain).
//
// validate_transaction(source, extrinsic, block_hash) runs as FRAME's Executive does: on top of
// the given block, System initialised for the next one, then the extrinsic's checks without their
// effects (the host discards the call's changes). Bad input never traps: undecodable bytes are
// InvalidTransaction::Call.
#include "runtime/api/entry_point.hpp"
#include "runtime/executive.hpp"
#include "pallets/system/system.hpp"

namespace rt::runtime::api {

Output taggedTransactionQueueValidateTransaction(std::span<const uint8_t> input) {
  codec::Decoder d(input);
  uint8_t source = 0;
  d(source);
  if (!d.ok() || source > 2) {
    return Output{0x01, 0x00, 0x00};  // Err(Invalid(Call))
  }
  const std::span<const uint8_t> rest = input.subspan(1);
  if (rest.size() < 32) return Output{0x01, 0x00, 0x00};
  const std::span<const uint8_t> extrinsic = rest.first(rest.size() - 32);
  primitives::H256 block_hash;
  std::copy(rest.end() - 32, rest.end(), block_hash.bytes.begin());
  const primitives::TransactionValidity validity = executive::validateTransaction(extrinsic, block_hash);
  Output out;
  if (validity.has_value()) {
    out.push_back(0x00);
    codec::encodeAppend(out, validity.value());
  } else {
    out.push_back(0x01);
    codec::encodeAppend(out, validity.error());
  }
  return out;
}

Output accountNonceApiAccountNonce(std::span<const uint8_t> input) {
  const auto who = decodeInputOrPanic<primitives::AccountId32>(input, "AccountNonceApi_account_nonce");
  return codec::encode(pallets::system::Account::get(who).nonce);
}

Output offchainWorkerApiOffchainWorker(std::span<const uint8_t> input) {
  (void)decodeInputOrPanic<primitives::Header<>>(input, "OffchainWorkerApi_offchain_worker");
  return {};  // no pallet of this runtime has an offchain worker
}

}  // namespace rt::runtime::api

RT_ENTRY_POINT(TaggedTransactionQueue_validate_transaction, rt::runtime::api::taggedTransactionQueueValidateTransaction)
RT_ENTRY_POINT(AccountNonceApi_account_nonce, rt::runtime::api::accountNonceApiAccountNonce)
RT_ENTRY_POINT(OffchainWorkerApi_offchain_worker, rt::runtime::api::offchainWorkerApiOffchainWorker)
