// SPDX-License-Identifier: Apache-2.0
// Runtime API `Core`: version (execute_block and initialize_block arrive with the executive).
#pragma once

#include <span>

#include "runtime/api/entry_point.hpp"

namespace rt::runtime::api {

/// Core_version: `() -> RuntimeVersion`, SCALE-encoded.
Output coreVersion(std::span<const uint8_t> input);

}  // namespace rt::runtime::api
