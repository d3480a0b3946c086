// SPDX-License-Identifier: Apache-2.0
#include "pallets/transaction_payment/transaction_payment.hpp"

#include "pallets/system/system.hpp"

namespace rt::pallets::transaction_payment {

FeeDetails computeFeeDetails(uint32_t len, const runtime::primitives::DispatchInfo& info, Balance tip) {
  FeeDetails details;
  details.tip = tip;
  if (info.pays_fee != runtime::primitives::Pays::Yes) return details;
  InclusionFee fee;
  fee.base_fee = weightToFee(kExtrinsicBaseWeight);
  fee.len_fee = Balance{len};
  const Balance unadjusted = weightToFee(info.totalWeight());
  // multiplier.saturating_mul_int(unadjusted): inner * x / 10^18.
  fee.adjusted_weight_fee = NextFeeMultiplier::get().inner * unadjusted / kFixedOne;
  details.inclusion_fee = fee;
  return details;
}

support::DispatchResult withdrawFee(const runtime::primitives::AccountId32& who, Balance fee) {
  if (fee == 0) return rt::Unit{};
  return balances::withdrawFee(who, fee);
}

void notePaid(const runtime::primitives::AccountId32& who, Balance actual_fee, Balance tip) {
  // Event::TransactionFeePaid { who, actual_fee, tip }
  system::depositEventOf(kIndex, 0, who, actual_fee, tip);
}

}  // namespace rt::pallets::transaction_payment
