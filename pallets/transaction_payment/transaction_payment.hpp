// SPDX-License-Identifier: Apache-2.0
// pallet_transaction_payment: what a signed transaction pays
// (substrate/frame/transaction-payment/src/lib.rs): the fee is
//   base_fee (WeightToFee(ExtrinsicBaseWeight)) + length_fee (LengthToFee(len))
//   + multiplier * WeightToFee(weight)  + tip,
// withdrawn before dispatch (ChargeTransactionPayment::pre_dispatch), the unused part refunded
// after it, and TransactionFeePaid { who, actual_fee, tip } emitted. This runtime uses the
// node-template's choices: WeightToFee = LengthToFee = IdentityFee, a constant multiplier of 1,
// fees burned (FungibleAdapter<Balances, ()>), OperationalFeeMultiplier = 5.
#pragma once

#include <cstdint>

#include "pallets/balances/balances.hpp"
#include "runtime/composition.hpp"
#include "runtime/primitives/dispatch_info.hpp"
#include "runtime/support/storage.hpp"

namespace rt::pallets::transaction_payment {

using balances::Balance;
inline constexpr uint8_t kIndex = runtime::kTransactionPaymentIndex;

/// frame_support's ExtrinsicBaseWeight: executing a no-op System::remark (125 µs).
inline constexpr runtime::primitives::Weight kExtrinsicBaseWeight{125'000'000, 0};
/// pallet_transaction_payment::Config::OperationalFeeMultiplier.
inline constexpr uint8_t kOperationalFeeMultiplier = 5;
/// FixedU128's one (10^18): the multiplier's default and, here, constant value.
inline constexpr unsigned __int128 kFixedOne = 1'000'000'000'000'000'000ULL;

/// NextFeeMultiplier: FixedU128 (its inner u128), 1 by default.
struct Multiplier {
  unsigned __int128 inner = kFixedOne;
  template <class Ar>
  friend void scale(Ar& ar, Multiplier& v) { ar(v.inner); }
};
using NextFeeMultiplier = support::StorageValue<"TransactionPayment", "NextFeeMultiplier", Multiplier>;

/// pallet_transaction_payment::FeeDetails: the inclusion fee's parts (absent for Pays::No).
struct InclusionFee {
  Balance base_fee = 0;
  Balance len_fee = 0;
  Balance adjusted_weight_fee = 0;
};
struct FeeDetails {
  std::optional<InclusionFee> inclusion_fee;
  Balance tip = 0;
  Balance finalFee() const {
    return inclusion_fee ? inclusion_fee->base_fee + inclusion_fee->len_fee + inclusion_fee->adjusted_weight_fee + tip
                         : tip;
  }
};

/// compute_fee_details(len, info, tip) with the declared weight.
FeeDetails computeFeeDetails(uint32_t len, const runtime::primitives::DispatchInfo& info, Balance tip);

/// IdentityFee: a weight's fee is its ref_time.
inline Balance weightToFee(const runtime::primitives::Weight& w) { return Balance{w.ref_time}; }

/// ChargeTransactionPayment::pre_dispatch: withdraws the fee (error: cannot pay).
support::DispatchResult withdrawFee(const runtime::primitives::AccountId32& who, Balance fee);

/// ChargeTransactionPayment::post_dispatch: emits TransactionFeePaid { who, actual_fee, tip }
/// (the fee is burned: the node-template's OnUnbalanced is ()).
void notePaid(const runtime::primitives::AccountId32& who, Balance actual_fee, Balance tip);

}  // namespace rt::pallets::transaction_payment
