// SPDX-License-Identifier: Apache-2.0
// Instantiates every encode and decode path of runtime/primitives so that a wasm32 MVP compile
// (-fno-exceptions -fno-rtti, the runtime's flags) checks the templates, not just the headers.
// Compiled only, never linked or run (the ctest runtime_primitives_wasm_compile).
#include <span>
#include <tuple>
#include <variant>
#include <vector>

#include "runtime/primitives/primitives.hpp"

namespace rt::runtime::primitives {
namespace {

using Event = std::variant<DispatchInfo, DispatchError>;

template <class T>
bool roundTrip(std::span<const u8> input) {
  auto r = codec::decode<T>(input);
  if (!r.has_value()) return false;
  return codec::encode(*r).size() == codec::encodedSize(*r);
}

}  // namespace

/// One exported function touching every type, so nothing is discarded before code generation.
bool primitivesWasmInstantiate(std::span<const u8> input) {
  bool ok = true;
  ok &= roundTrip<AccountId32>(input);
  ok &= roundTrip<H256>(input);
  ok &= roundTrip<DispatchError>(input);
  ok &= roundTrip<DispatchOutcome>(input);
  ok &= roundTrip<TransactionValidityError>(input);
  ok &= roundTrip<TransactionValidity>(input);
  ok &= roundTrip<ApplyExtrinsicResult>(input);
  ok &= roundTrip<TransactionSource>(input);
  ok &= roundTrip<MultiSignature>(input);
  ok &= roundTrip<MultiSigner>(input);
  ok &= roundTrip<MultiAddress<AccountId32, rt::Unit>>(input);
  ok &= roundTrip<MultiAddress<AccountId32, u32>>(input);
  ok &= roundTrip<Era>(input);
  ok &= roundTrip<Header<u32>>(input);
  ok &= roundTrip<Weight>(input);
  ok &= roundTrip<DispatchInfo>(input);
  ok &= roundTrip<PostDispatchInfo>(input);
  ok &= roundTrip<std::vector<EventRecord<Event>>>(input);
  ok &= roundTrip<AccountInfo<>>(input);
  ok &= roundTrip<SignedExtra>(input);
  ok &= roundTrip<SignedExtraAdditional>(input);

  auto x = splitExtrinsic<SignedExtra>(input);
  if (x.has_value()) {
    ok &= encodeExtrinsic(*x).size() == input.size();
    if (x->isSigned()) {
      const SignedPayload p = signedPayload(x->call, x->signed_part->extra, SignedExtraAdditional{});
      ok &= p.needsHashing() || !p.bytes.empty();
    }
  }
  auto t = splitExtrinsic<std::tuple<CheckMortality, CheckNonce, ChargeTransactionPayment>>(input);
  ok &= t.has_value();
  codec::Decoder d(input);
  ok &= !nextExtrinsic(d).empty();
  ok &= Era::mortal(64, 42).death(100) > 0;
  return ok;
}

}  // namespace rt::runtime::primitives
