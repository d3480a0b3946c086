// SPDX-License-Identifier: Apache-2.0
// Runtime API `Core` (sp_api::Core, substrate/primitives/api/src/lib.rs).
// Core_version must not touch storage (smoldot forbids it): it only encodes constants.
#include "runtime/api/core.hpp"

#include "runtime/executive.hpp"
#include "runtime/version.hpp"

namespace rt::runtime::api {

Output coreVersion(std::span<const uint8_t> /*input: ()*/) { return encodeRuntimeVersion(); }

Output coreExecuteBlock(std::span<const uint8_t> input) {
  executive::executeBlock(input);
  return {};
}

Output coreInitializeBlock(std::span<const uint8_t> input) {
  const auto header = decodeInputOrPanic<primitives::Header<>>(input, "Core_initialize_block");
  executive::initializeBlock(header);
  return Output{0x00};  // ExtrinsicInclusionMode::AllExtrinsics
}

}  // namespace rt::runtime::api

RT_ENTRY_POINT(Core_version, rt::runtime::api::coreVersion)
RT_ENTRY_POINT(Core_execute_block, rt::runtime::api::coreExecuteBlock)
RT_ENTRY_POINT(Core_initialize_block, rt::runtime::api::coreInitializeBlock)
