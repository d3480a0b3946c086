// SPDX-License-Identifier: Apache-2.0
// What a runtime call may read and change outside its own memory (Substrate's Externalities):
// storage (with its transactions), the keystore, offchain state and the log.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "host/crypto/batch_verifier.hpp"
#include "host/crypto/keystore.hpp"
#include "host/storage/overlay.hpp"

namespace rt::hostlib::engine {

/// One ext_logging_log line.
struct LogRecord {
  uint32_t level = 0;  ///< as sp-io passes sp_core::LogLevel (PassByEnum, variant index): 0 error .. 4 trace
  std::string target;
  std::string message;
};

/// The offchain side of a call (sp-io `offchain`, `offchain_index`): a worker's local storage, what
/// it submitted, and the deterministic answers this network-less host gives.
struct OffchainState {
  std::map<std::vector<uint8_t>, std::vector<uint8_t>> persistent;  ///< StorageKind::PERSISTENT (1)
  std::map<std::vector<uint8_t>, std::vector<uint8_t>> local;       ///< StorageKind::LOCAL (2)
  /// offchain_index::set/clear during block execution: key -> value, or none for clear.
  std::map<std::vector<uint8_t>, std::optional<std::vector<uint8_t>>> index;
  std::vector<std::vector<uint8_t>> submitted;  ///< offchain::submit_transaction payloads
  uint64_t timestamp_ms = 0;                    ///< offchain::timestamp
  std::array<uint8_t, 32> random_seed{};        ///< offchain::random_seed
  bool is_validator = false;                    ///< offchain::is_validator
};

/// One transaction_index::index/renew call.
struct TransactionIndexEvent {
  bool renew = false;
  uint32_t extrinsic = 0;
  uint32_t size = 0;
  std::array<uint8_t, 32> hash{};
};

/// The call's environment.
struct Externalities {
  crypto::Keystore keystore;                    ///< keys for crypto::*_generate / *_sign
  std::optional<crypto::BatchVerifier> batch;   ///< between start_ and finish_batch_verify
  OffchainState offchain;
  std::vector<TransactionIndexEvent> transaction_index;
  storage::Overlay storage;     ///< the state the call reads and changes
  std::vector<LogRecord> logs;  ///< every line the runtime logged, in order
  uint32_t max_log_level = 5;   ///< ext_logging_max_level answer (LogLevelFilter index: 0 off .. 5 trace)
  bool echo_logs = false;       ///< also print each line to stderr as it comes
};

}  // namespace rt::hostlib::engine
