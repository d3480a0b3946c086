// SPDX-License-Identifier: Apache-2.0
// The executive (frame_executive): drives a block through the pallets.
// Mirrors substrate/frame/executive/src/lib.rs: initialize_block (reset events, System::initialize,
// hooks), apply_extrinsic (decode, check, dispatch, note), finalize_block (note finished
// extrinsics, on_finalize hooks, System::finalize) and execute_block, whose checks fail the call as
// FRAME's panics do: parent hash, inherents first, each extrinsic applicable, state root and
// extrinsics root equal to the header's.
//
// Dispatchable so far: the inherent Timestamp::set. Signed transactions (signature, signed
// extensions, fees) come with Balances and TransactionPayment.
#pragma once

#include <cstdint>
#include <span>

#include "runtime/primitives/header.hpp"
#include "runtime/primitives/transaction_validity.hpp"

namespace rt::runtime::executive {

/// Core_initialize_block.
void initializeBlock(const primitives::Header<>& header);

/// BlockBuilder_apply_extrinsic: never traps on bad input; an extrinsic that cannot be decoded or
/// dispatched here is a TransactionValidityError.
primitives::ApplyExtrinsicResult applyExtrinsic(std::span<const uint8_t> extrinsic);

/// BlockBuilder_finalize_block.
primitives::Header<> finalizeBlock();

/// Core_execute_block: the whole block; panics (the call fails) when the block is invalid.
void executeBlock(std::span<const uint8_t> block);

}  // namespace rt::runtime::executive
