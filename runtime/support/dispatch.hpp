// SPDX-License-Identifier: Apache-2.0
// Dispatch as FRAME defines it (frame_support::dispatch, frame_system's EnsureOrigin helpers):
// who calls (Origin: Root, Signed(account), None), the outcome (DispatchResult with
// sp_runtime::DispatchError), and a pallet's module errors (ModuleError { pallet index, error
// index, 0, 0, 0 }).
#pragma once

#include <cstdint>

#include "runtime/primitives/dispatch_error.hpp"
#include "runtime/primitives/fixed_bytes.hpp"
#include "rt/result.hpp"

namespace rt::support {

using DispatchResult = rt::Result<rt::Unit, runtime::primitives::DispatchError>;

/// frame_system::RawOrigin.
struct Origin {
  enum class Kind : uint8_t { Root = 0, Signed = 1, None = 2 };
  Kind kind = Kind::None;
  runtime::primitives::AccountId32 who{};

  static Origin root() { return Origin{Kind::Root, {}}; }
  static Origin signedBy(const runtime::primitives::AccountId32& who) { return Origin{Kind::Signed, who}; }
  static Origin none() { return Origin{Kind::None, {}}; }
};

/// ensure_signed: the signer, or BadOrigin.
inline rt::Result<runtime::primitives::AccountId32, runtime::primitives::DispatchError> ensureSigned(const Origin& o) {
  if (o.kind != Origin::Kind::Signed) return rt::Err(runtime::primitives::DispatchError::of(runtime::primitives::DispatchError::Kind::BadOrigin));
  return o.who;
}

/// ensure_root.
inline DispatchResult ensureRoot(const Origin& o) {
  if (o.kind != Origin::Kind::Root) return rt::Err(runtime::primitives::DispatchError::of(runtime::primitives::DispatchError::Kind::BadOrigin));
  return rt::Unit{};
}

/// ensure_none.
inline DispatchResult ensureNone(const Origin& o) {
  if (o.kind != Origin::Kind::None) return rt::Err(runtime::primitives::DispatchError::of(runtime::primitives::DispatchError::Kind::BadOrigin));
  return rt::Unit{};
}

/// A pallet's error as DispatchError::Module { index: pallet, error: [variant, 0, 0, 0] }.
inline runtime::primitives::DispatchError moduleError(uint8_t pallet_index, uint8_t error_index, const char* name) {
  return runtime::primitives::DispatchError::moduleError(pallet_index, error_index, name);
}

}  // namespace rt::support
