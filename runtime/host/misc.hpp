// SPDX-License-Identifier: Apache-2.0
// The host's misc functions (sp_io::misc) the runtime uses: reading another runtime's version, as
// frame_system's `can_set_code` does before a code upgrade.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "gc/gc.hpp"

namespace rt::host::misc {

/// ext_misc_runtime_version_version_1: the SCALE-encoded sp_version::RuntimeVersion of the wasm
/// blob `code` (raw or compressed), or none when the host cannot load it or its Core_version fails.
std::optional<gc::ByteBuffer> runtimeVersion(std::span<const uint8_t> code);

}  // namespace rt::host::misc
