// SPDX-License-Identifier: Apache-2.0
// The executive (frame_executive): drives a block through the pallets.
// Mirrors substrate/frame/executive/src/lib.rs: initialize_block (reset events, System::initialize,
// hooks), apply_extrinsic (decode, check, dispatch, note), finalize_block (note finished
// extrinsics, on_finalize hooks, System::finalize) and execute_block, whose checks fail the call as
// FRAME's panics do: parent hash, inherents first, each extrinsic applicable, state root and
// extrinsics root equal to the header's.
//
// Signed transactions: the MultiSignature over the signed payload, then the signed extensions in
// FRAME's order (CheckNonZeroSender, versions and genesis, CheckMortality, CheckNonce,
// CheckWeight, ChargeTransactionPayment); every check runs before any write.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "runtime/primitives/dispatch_info.hpp"
#include "runtime/support/dispatch.hpp"

#include "runtime/primitives/header.hpp"
#include "runtime/primitives/transaction_validity.hpp"

namespace rt::runtime::executive {

/// Core_initialize_block.
void initializeBlock(const primitives::Header<>& header);

/// BlockBuilder_apply_extrinsic: never traps on bad input; an extrinsic that cannot be decoded or
/// dispatched here is a TransactionValidityError.
primitives::ApplyExtrinsicResult applyExtrinsic(std::span<const uint8_t> extrinsic);

/// TaggedTransactionQueue_validate_transaction (v3): the extrinsic's validity on top of block
/// `block_hash` (System initialised for the next block, as FRAME's Executive::validate_transaction
/// does); never traps. Inherents are MandatoryValidation, other unsigned calls
/// NoUnsignedValidator.
primitives::TransactionValidity validateTransaction(std::span<const uint8_t> extrinsic, const primitives::H256& block_hash);

/// The DispatchInfo of a RuntimeCall's encoding (TransactionPaymentApi), or none when it does
/// not decode as a call of this runtime.
std::optional<primitives::DispatchInfo> callInfo(std::span<const uint8_t> call);

/// The length of the RuntimeCall at the start of `bytes` (a nested call followed by more
/// arguments), or none when it does not decode.
std::optional<size_t> callLength(std::span<const uint8_t> bytes);

/// Decodes and dispatches a RuntimeCall as `origin` (Sudo's nested calls): an undecodable call is
/// DispatchError::Other("undecodable call").
rt::Result<rt::Unit, primitives::DispatchError> dispatchCall(const support::Origin& origin,
                                                              std::span<const uint8_t> call);

/// BlockBuilder_finalize_block.
primitives::Header<> finalizeBlock();

/// Core_execute_block: the whole block; panics (the call fails) when the block is invalid.
void executeBlock(std::span<const uint8_t> block);

}  // namespace rt::runtime::executive
