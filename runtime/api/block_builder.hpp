// SPDX-License-Identifier: Apache-2.0
// Runtime API `BlockBuilder` v6 (sp_block_builder::BlockBuilder,
// substrate/primitives/block-builder/src/lib.rs).
#pragma once

#include <span>

#include "runtime/api/entry_point.hpp"

namespace rt::runtime::api {

/// BlockBuilder_apply_extrinsic: `(Extrinsic) -> ApplyExtrinsicResult`.
SmallOutput blockBuilderApplyExtrinsic(std::span<const uint8_t> input);
/// BlockBuilder_finalize_block: `() -> Header`.
Output blockBuilderFinalizeBlock(std::span<const uint8_t> input);
/// BlockBuilder_inherent_extrinsics: `(InherentData) -> Vec<Extrinsic>`.
Output blockBuilderInherentExtrinsics(std::span<const uint8_t> input);
/// BlockBuilder_check_inherents: `(Block, InherentData) -> CheckInherentsResult`.
Output blockBuilderCheckInherents(std::span<const uint8_t> input);

}  // namespace rt::runtime::api
