// SPDX-License-Identifier: Apache-2.0
// Runtime API `Core` v5 (sp_api::Core, substrate/primitives/api/src/lib.rs): version,
// execute_block, initialize_block.
#pragma once

#include <span>

#include "runtime/api/entry_point.hpp"

namespace rt::runtime::api {

/// Core_version: `() -> RuntimeVersion`, SCALE-encoded.
Output coreVersion(std::span<const uint8_t> input);
/// Core_execute_block: `(Block) -> ()`; an invalid block fails the call.
Output coreExecuteBlock(std::span<const uint8_t> input);
/// Core_initialize_block: `(Header) -> ExtrinsicInclusionMode` (AllExtrinsics = 0).
Output coreInitializeBlock(std::span<const uint8_t> input);

}  // namespace rt::runtime::api
