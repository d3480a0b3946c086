// SPDX-License-Identifier: Apache-2.0
// Builds and imports a block the way a node does, against any FRAME-style runtime:
//   genesis header from the state (root by host/trie, empty extrinsics root), then block 1:
//   Core_initialize_block (Aura PreRuntime digest for slot 1 when the runtime has AuraApi),
//   BlockBuilder_inherent_extrinsics (timestamp = one slot; run on a scratch copy of the state,
//   as sc-block-builder rolls it back), apply every inherent, then N signed
//   Balances::transfer_keep_alive from one dev account to another (nonces 0..N-1), then
//   then M System::remark calls, then BlockBuilder_finalize_block; finally Core_execute_block of the finished block on the genesis
//   state, which checks the state and extrinsics roots in the header.
// Every runtime call is timed and its host-allocator counters kept, for bench/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "host/chain/header.hpp"
#include "host/engine/runtime.hpp"
#include "host/storage/state_file.hpp"

namespace rt::hostlib::chain {

struct BlockPlan {
  uint32_t transfers = 1;
  uint32_t remarks = 0;                 ///< System::remark calls after the transfers (same sender)
  uint32_t remark_bytes = 32;           ///< each remark's length
  uint64_t amount = 1'000'000'000'000;  ///< per transfer, in the chain's smallest unit
  std::string sender = "//Alice";
  std::string recipient = "//Bob";
  /// Balances' pallet index and transfer_keep_alive's call index, and the signed-extension
  /// identifiers, when known without metadata (a runtime without the Metadata API); otherwise
  /// they are read from Metadata_metadata.
  struct Known {
    uint8_t balances_index = 0;
    uint8_t transfer_keep_alive_index = 0;
    std::vector<std::string> signed_extensions;
  };
  std::optional<Known> known;
};

/// One runtime call: wall time on this host's interpreter and the host allocator's counters.
struct CallMeasure {
  std::string method;
  double ms = 0;       ///< the whole call: instantiation (memory of heap pages) + execution
  double exec_ms = 0;  ///< inside the entry point only
  allocator::AllocatorStats heap;
  Bytes output;
};

struct BlockReport {
  Header genesis;
  Header header;                 ///< block 1 as finalize_block returned it
  Bytes block;                   ///< the encoded block
  Bytes initialize_header;       ///< the header given to Core_initialize_block (encoded)
  std::vector<Bytes> extrinsics; ///< the block's extrinsics, inherents first
  uint32_t inherents = 0;
  uint32_t transfers_ok = 0;     ///< apply_extrinsic results Ok(Ok(())) among the transfers
  uint32_t remarks_ok = 0;       ///< the same among the remarks
  std::vector<CallMeasure> calls;  ///< initialize, applies, finalize, execute_block, in order
  storage::StateFile after;      ///< the state after the block
};

/// Builds block 1 on `genesis` and imports it. Errors name the step that failed.
rt::Result<BlockReport, std::string> buildBlock(engine::Runtime& runtime, const storage::StateFile& genesis,
                                                const BlockPlan& plan);

}  // namespace rt::hostlib::chain
