// SPDX-License-Identifier: Apache-2.0
// Transactional execution (frame_support::storage::with_transaction / #[transactional]): `f` runs
// inside a host storage transaction that is committed when it succeeds and rolled back when it
// fails, so a failed dispatch leaves storage exactly as it found it.
#pragma once

#include "runtime/host/storage.hpp"

namespace rt::support {

/// Runs `f` (returning something with `has_value()`, e.g. rt::Result) in a storage transaction.
template <typename F>
auto withTransaction(F&& f) -> decltype(f()) {
  host::storage::startTransaction();
  auto result = f();
  if (result.has_value()) {
    host::storage::commitTransaction();
  } else {
    host::storage::rollbackTransaction();
  }
  return result;
}

}  // namespace rt::support
