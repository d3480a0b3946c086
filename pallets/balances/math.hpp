// SPDX-License-Identifier: Apache-2.0
// Rust's u128 arithmetic helpers as the pallet uses them: saturating_add / saturating_sub and
// checked_add / checked_sub (None on overflow or underflow).
#pragma once

#include <optional>

#include "pallets/balances/balances.hpp"

namespace rt::pallets::balances {

/// Rust's `saturating_add`.
constexpr Balance satAdd(Balance a, Balance b) {
  const Balance sum = a + b;
  return sum < a ? ~Balance{0} : sum;
}

/// Rust's `saturating_sub`.
constexpr Balance satSub(Balance a, Balance b) { return a < b ? Balance{0} : a - b; }

/// Rust's `checked_add`.
constexpr std::optional<Balance> checkedAdd(Balance a, Balance b) {
  const Balance sum = a + b;
  if (sum < a) return std::nullopt;
  return sum;
}

/// Rust's `checked_sub`.
constexpr std::optional<Balance> checkedSub(Balance a, Balance b) {
  if (a < b) return std::nullopt;
  return a - b;
}

}  // namespace rt::pallets::balances
