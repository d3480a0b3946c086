// SPDX-License-Identifier: Apache-2.0
// Weight (v2): the cost of a dispatch in two dimensions, reference time (picoseconds of execution
// on reference hardware) and proof size (bytes of state proof), both encoded compact.
//
// Mirrors `struct Weight { #[codec(compact)] ref_time: u64, #[codec(compact)] proof_size: u64 }`
// and the arithmetic the runtime needs from
// https://github.com/paritytech/polkadot-sdk/blob/0293169572b7ab3265a4705031865580d6d88165/substrate/primitives/weights/src/weight_v2.rs
#pragma once

#include <optional>

#include "codec/codec.hpp"

namespace rt::runtime::primitives {

/// sp_weights::Weight.
struct Weight {
  u64 ref_time = 0;    ///< computation time on reference hardware, in picoseconds
  u64 proof_size = 0;  ///< storage proof size, in bytes

  /// Rust's `Weight::from_parts`.
  static constexpr Weight fromParts(u64 ref_time, u64 proof_size) { return {ref_time, proof_size}; }
  /// Rust's `Weight::from_all`.
  static constexpr Weight fromAll(u64 value) { return {value, value}; }
  /// Rust's `Weight::zero`.
  static constexpr Weight zero() { return {}; }
  /// Rust's `Weight::MAX`.
  static constexpr Weight maxValue() { return {~u64{0}, ~u64{0}}; }

  /// Rust's `saturating_add`.
  constexpr Weight saturatingAdd(Weight rhs) const {
    return {satAdd(ref_time, rhs.ref_time), satAdd(proof_size, rhs.proof_size)};
  }
  /// Rust's `saturating_sub`.
  constexpr Weight saturatingSub(Weight rhs) const {
    return {satSub(ref_time, rhs.ref_time), satSub(proof_size, rhs.proof_size)};
  }
  /// Rust's `saturating_mul` by a scalar.
  constexpr Weight saturatingMul(u64 scalar) const {
    return {satMul(ref_time, scalar), satMul(proof_size, scalar)};
  }
  /// Rust's `saturating_accrue`.
  constexpr void saturatingAccrue(Weight amount) { *this = saturatingAdd(amount); }
  /// Rust's `saturating_reduce`.
  constexpr void saturatingReduce(Weight amount) { *this = saturatingSub(amount); }
  /// Rust's `checked_add`: nullopt when either part overflows.
  constexpr std::optional<Weight> checkedAdd(Weight rhs) const {
    if (ref_time > ~u64{0} - rhs.ref_time || proof_size > ~u64{0} - rhs.proof_size) return std::nullopt;
    return Weight{ref_time + rhs.ref_time, proof_size + rhs.proof_size};
  }
  /// Rust's `checked_sub`: nullopt when either part underflows.
  constexpr std::optional<Weight> checkedSub(Weight rhs) const {
    if (ref_time < rhs.ref_time || proof_size < rhs.proof_size) return std::nullopt;
    return Weight{ref_time - rhs.ref_time, proof_size - rhs.proof_size};
  }
  /// Rust's `min`: each part's minimum.
  constexpr Weight min(Weight other) const {
    return {ref_time < other.ref_time ? ref_time : other.ref_time,
            proof_size < other.proof_size ? proof_size : other.proof_size};
  }
  /// Rust's `max`: each part's maximum.
  constexpr Weight max(Weight other) const {
    return {ref_time > other.ref_time ? ref_time : other.ref_time,
            proof_size > other.proof_size ? proof_size : other.proof_size};
  }
  /// Rust's `any_gt`: some part strictly greater than `other`'s.
  constexpr bool anyGt(Weight other) const {
    return ref_time > other.ref_time || proof_size > other.proof_size;
  }
  /// Rust's `all_lte`: every part at most `other`'s.
  constexpr bool allLte(Weight other) const {
    return ref_time <= other.ref_time && proof_size <= other.proof_size;
  }
  /// Rust's `is_zero`.
  constexpr bool isZero() const { return ref_time == 0 && proof_size == 0; }

  /// Both parts equal.
  constexpr bool operator==(const Weight&) const = default;
  /// SCALE: Compact(ref_time), Compact(proof_size).
  template <class Ar>
  friend void scale(Ar& ar, Weight& v) {
    ar(codec::asCompact(v.ref_time), codec::asCompact(v.proof_size));
  }

 private:
  static constexpr u64 satAdd(u64 a, u64 b) { return a > ~u64{0} - b ? ~u64{0} : a + b; }
  static constexpr u64 satSub(u64 a, u64 b) { return a < b ? 0 : a - b; }
  static constexpr u64 satMul(u64 a, u64 b) { return b != 0 && a > ~u64{0} / b ? ~u64{0} : a * b; }
};

}  // namespace rt::runtime::primitives
