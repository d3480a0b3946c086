// SPDX-License-Identifier: Apache-2.0
// What a runtime call may read and change outside its own memory (Substrate's Externalities):
// storage (with its transactions) and the log; keystore and offchain state join as host/ grows.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "host/storage/overlay.hpp"

namespace rt::hostlib::engine {

/// One ext_logging_log line.
struct LogRecord {
  uint32_t level = 0;  ///< sp_core::LogLevel: 1 error .. 5 trace (as the runtime passed it)
  std::string target;
  std::string message;
};

/// The call's environment.
struct Externalities {
  storage::Overlay storage;     ///< the state the call reads and changes
  std::vector<LogRecord> logs;  ///< every line the runtime logged, in order
  uint32_t max_log_level = 5;   ///< ext_logging_max_level answer (sp_core::LogLevelFilter: 5 = trace)
  bool echo_logs = false;       ///< also print each line to stderr as it comes
};

}  // namespace rt::hostlib::engine
