// SPDX-License-Identifier: Apache-2.0
// Runtime logging through the host (`ext_logging_log_version_1`).
//
// Levels are the host's numbering (sp_core::LogLevel as passed over the boundary: 0 = error ..
// 4 = trace); smoldot aborts the whole process on a level outside 0..4, so only these exist.
#pragma once

#include <cstdint>
#include <string_view>

namespace rt::host {

/// Log levels as the host numbers them.
enum class LogLevel : uint32_t {
  kError = 0,  ///< the runtime is about to fail
  kWarn = 1,   ///< unexpected, but the call goes on
  kInfo = 2,   ///< notable events
  kDebug = 3,  ///< developer detail
  kTrace = 4,  ///< very verbose detail
};

/// Sends one log line to the host, under `target` (e.g. "runtime", "gc").
void log(LogLevel level, std::string_view target, std::string_view message);

}  // namespace rt::host
