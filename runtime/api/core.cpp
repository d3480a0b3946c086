// SPDX-License-Identifier: Apache-2.0
// Runtime API `Core` (sp_api::Core, substrate/primitives/api/src/lib.rs).
// Core_version must not touch storage (smoldot forbids it): it only encodes constants.
#include "runtime/api/core.hpp"

#include "runtime/version.hpp"

namespace rt::runtime::api {

Output coreVersion(std::span<const uint8_t> /*input: ()*/) { return encodeRuntimeVersion(); }

}  // namespace rt::runtime::api

RT_ENTRY_POINT(Core_version, rt::runtime::api::coreVersion)
