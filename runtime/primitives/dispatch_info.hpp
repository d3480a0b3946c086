// SPDX-License-Identifier: Apache-2.0
// What a dispatch costs and who pays: DispatchClass, Pays, DispatchInfo (before dispatch, from the
// call's weight annotation and the transaction extensions) and PostDispatchInfo (after dispatch,
// the actual weight and fee decision). DispatchInfo appears in System's ExtrinsicSuccess and
// ExtrinsicFailed events.
//
// Mirrors `enum Pays`, `enum DispatchClass`, `struct DispatchInfo`, `struct PostDispatchInfo` and
// their helpers in
// https://github.com/paritytech/polkadot-sdk/blob/01d0c0333e14055e5b94a4aa99f72693cbd94f4d/substrate/frame/support/src/dispatch.rs
// This is the TransactionExtension-era DispatchInfo (polkadot-sdk stable2412 and later):
// { call_weight, extension_weight, class, pays_fee }. Runtimes built on older FRAME (and
// polkadot.js' built-in `DispatchInfo` type) have { weight, class, pays_fee } instead; the metadata
// says which one a chain uses.
#pragma once

#include <optional>

#include "codec/codec.hpp"
#include "runtime/primitives/weight.hpp"

namespace rt::runtime::primitives {

/// frame_support::dispatch::DispatchClass.
enum class DispatchClass : u8 {
  Normal = 0,       ///< a normal dispatch
  Operational = 1,  ///< an operational dispatch (reserved block space, priority)
  Mandatory = 2,    ///< always included regardless of weight (inherents)
};
/// Valid indices of DispatchClass (for decoding).
constexpr bool scaleEnumValid(DispatchClass c) { return static_cast<u8>(c) <= 2; }

/// frame_support::dispatch::Pays.
enum class Pays : u8 {
  Yes = 0,  ///< the transactor pays the fees (the default)
  No = 1,   ///< no fee is deducted; block limits still apply
};
/// Valid indices of Pays (for decoding).
constexpr bool scaleEnumValid(Pays p) { return static_cast<u8>(p) <= 1; }

/// frame_support::dispatch::DispatchInfo.
struct DispatchInfo {
  Weight call_weight;                         ///< weight of the call
  Weight extension_weight;                    ///< weight of the transaction extensions
  DispatchClass dispatch_class = DispatchClass::Normal;  ///< Rust's `class`
  Pays pays_fee = Pays::Yes;                  ///< whether the transactor pays fees

  /// Rust's `total_weight`: call and extension weight, saturating.
  constexpr Weight totalWeight() const { return call_weight.saturatingAdd(extension_weight); }

  /// Field-wise equality.
  constexpr bool operator==(const DispatchInfo&) const = default;
  /// SCALE: call_weight, extension_weight, class, pays_fee.
  template <class Ar>
  friend void scale(Ar& ar, DispatchInfo& v) {
    ar(v.call_weight, v.extension_weight, v.dispatch_class, v.pays_fee);
  }
};

/// frame_support::dispatch::PostDispatchInfo: the weight actually used (None: the declared worst
/// case) and whether fees are charged. Can only lower the weight or fee.
struct PostDispatchInfo {
  std::optional<Weight> actual_weight;  ///< actual weight, or nullopt for the declared one
  Pays pays_fee = Pays::Yes;            ///< whether the transactor pays fees after all

  /// Rust's `calc_actual_weight`: the actual weight capped at the declared total.
  constexpr Weight calcActualWeight(const DispatchInfo& info) const {
    return actual_weight.has_value() ? actual_weight->min(info.totalWeight()) : info.totalWeight();
  }
  /// Rust's `calc_unspent`: declared minus actual.
  constexpr Weight calcUnspent(const DispatchInfo& info) const {
    return info.totalWeight().saturatingSub(calcActualWeight(info));
  }
  /// Rust's `pays_fee(info)`: No if either the declaration or the result says No.
  constexpr Pays paysFee(const DispatchInfo& info) const {
    return info.pays_fee == Pays::No || pays_fee == Pays::No ? Pays::No : Pays::Yes;
  }

  /// Field-wise equality.
  constexpr bool operator==(const PostDispatchInfo&) const = default;
  /// SCALE: Option<Weight>, Pays.
  template <class Ar>
  friend void scale(Ar& ar, PostDispatchInfo& v) {
    ar(v.actual_weight, v.pays_fee);
  }
};

}  // namespace rt::runtime::primitives
