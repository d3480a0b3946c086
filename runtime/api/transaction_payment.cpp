// SPDX-License-Identifier: Apache-2.0
// Runtime APIs TransactionPaymentApi v4 and TransactionPaymentCallApi v3
// (pallet_transaction_payment_rpc_runtime_api): what an extrinsic or a call would cost.
// RuntimeDispatchInfo { weight: Weight, class: DispatchClass, partial_fee: Balance } and
// FeeDetails { inclusion_fee: Option<InclusionFee>, tip } as FRAME encodes them.
#include "pallets/transaction_payment/transaction_payment.hpp"
#include "runtime/api/entry_point.hpp"
#include "runtime/executive.hpp"
#include "runtime/primitives/signed_extensions.hpp"
#include "runtime/primitives/unchecked_extrinsic.hpp"

namespace rt::runtime::api {
namespace {

namespace tp = pallets::transaction_payment;
using tp::Balance;

/// Splits `(bytes, len: u32)` inputs: everything but the last four bytes, and the u32.
struct WithLen {
  std::span<const uint8_t> bytes;
  uint32_t len = 0;
};

WithLen splitLen(std::span<const uint8_t> input, const char* api) {
  if (input.size() < 4) rt_panic("Bad input data provided to entry point", api, 0);
  WithLen out;
  out.bytes = input.first(input.size() - 4);
  for (int i = 3; i >= 0; --i) out.len = (out.len << 8) | input[input.size() - 4 + static_cast<size_t>(i)];
  return out;
}

struct Info {
  primitives::DispatchInfo info;
  Balance tip = 0;
  bool is_signed = false;
};

Info infoOfExtrinsic(std::span<const uint8_t> extrinsic, const char* api) {
  auto split = primitives::splitExtrinsic<primitives::SignedExtra>(extrinsic);
  if (!split) rt_panic("Bad input data provided to entry point", api, 0);
  auto info = executive::callInfo(split.value().call);
  if (!info) rt_panic("Bad input data provided to entry point", api, 0);
  Info out{*info, 0, split.value().isSigned()};
  if (out.is_signed) out.tip = split.value().signed_part->extra.tip();
  return out;
}

Output encodeRuntimeDispatchInfo(const primitives::DispatchInfo& info, Balance partial_fee) {
  Output out = codec::encode(info.totalWeight());
  codec::encodeAppend(out, info.dispatch_class);
  codec::encodeAppend(out, partial_fee);
  return out;
}

Output encodeFeeDetails(const tp::FeeDetails& d) {
  Output out;
  if (d.inclusion_fee) {
    out.push_back(0x01);
    codec::encodeAppend(out, d.inclusion_fee->base_fee);
    codec::encodeAppend(out, d.inclusion_fee->len_fee);
    codec::encodeAppend(out, d.inclusion_fee->adjusted_weight_fee);
  } else {
    out.push_back(0x00);
  }
  codec::encodeAppend(out, d.tip);
  return out;
}

}  // namespace

Output transactionPaymentQueryInfo(std::span<const uint8_t> input) {
  const WithLen in = splitLen(input, "TransactionPaymentApi_query_info");
  const Info i = infoOfExtrinsic(in.bytes, "TransactionPaymentApi_query_info");
  // partial_fee: the fee without the tip; unsigned extrinsics pay nothing.
  const Balance partial = i.is_signed ? tp::computeFeeDetails(in.len, i.info, 0).finalFee() : 0;
  return encodeRuntimeDispatchInfo(i.info, partial);
}

Output transactionPaymentQueryFeeDetails(std::span<const uint8_t> input) {
  const WithLen in = splitLen(input, "TransactionPaymentApi_query_fee_details");
  const Info i = infoOfExtrinsic(in.bytes, "TransactionPaymentApi_query_fee_details");
  if (!i.is_signed) return encodeFeeDetails(tp::FeeDetails{std::nullopt, 0});
  return encodeFeeDetails(tp::computeFeeDetails(in.len, i.info, i.tip));
}

Output transactionPaymentQueryWeightToFee(std::span<const uint8_t> input) {
  const auto w = decodeInputOrPanic<primitives::Weight>(input, "TransactionPaymentApi_query_weight_to_fee");
  return codec::encode(tp::weightToFee(w));
}

Output transactionPaymentQueryLengthToFee(std::span<const uint8_t> input) {
  const auto len = decodeInputOrPanic<uint32_t>(input, "TransactionPaymentApi_query_length_to_fee");
  return codec::encode(Balance{len});
}

Output transactionPaymentCallQueryCallInfo(std::span<const uint8_t> input) {
  const WithLen in = splitLen(input, "TransactionPaymentCallApi_query_call_info");
  auto info = executive::callInfo(in.bytes);
  if (!info) rt_panic("Bad input data provided to entry point", "TransactionPaymentCallApi_query_call_info", 0);
  return encodeRuntimeDispatchInfo(*info, tp::computeFeeDetails(in.len, *info, 0).finalFee());
}

Output transactionPaymentCallQueryCallFeeDetails(std::span<const uint8_t> input) {
  const WithLen in = splitLen(input, "TransactionPaymentCallApi_query_call_fee_details");
  auto info = executive::callInfo(in.bytes);
  if (!info) rt_panic("Bad input data provided to entry point", "TransactionPaymentCallApi_query_call_fee_details", 0);
  return encodeFeeDetails(tp::computeFeeDetails(in.len, *info, 0));
}

}  // namespace rt::runtime::api

RT_ENTRY_POINT(TransactionPaymentApi_query_info, rt::runtime::api::transactionPaymentQueryInfo)
RT_ENTRY_POINT(TransactionPaymentApi_query_fee_details, rt::runtime::api::transactionPaymentQueryFeeDetails)
RT_ENTRY_POINT(TransactionPaymentApi_query_weight_to_fee, rt::runtime::api::transactionPaymentQueryWeightToFee)
RT_ENTRY_POINT(TransactionPaymentApi_query_length_to_fee, rt::runtime::api::transactionPaymentQueryLengthToFee)
RT_ENTRY_POINT(TransactionPaymentCallApi_query_call_info, rt::runtime::api::transactionPaymentCallQueryCallInfo)
RT_ENTRY_POINT(TransactionPaymentCallApi_query_call_fee_details, rt::runtime::api::transactionPaymentCallQueryCallFeeDetails)
RT_ENTRY_POINT(TransactionPaymentCallApi_query_weight_to_fee, rt::runtime::api::transactionPaymentQueryWeightToFee)
RT_ENTRY_POINT(TransactionPaymentCallApi_query_length_to_fee, rt::runtime::api::transactionPaymentQueryLengthToFee)
