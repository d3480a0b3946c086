// SPDX-License-Identifier: Apache-2.0
// pallet_sudo's dispatchables: argument decoding (with the runtime's RuntimeCalls for the nested
// call), ensure_sudo, the calls (each the body of its `#[pallet::call]` function), events, the
// declared weights and transactional dispatch. Sources: see sudo.hpp.
// Accounts are looked up as node-template's AccountIdLookup<AccountId, ()> does: only
// MultiAddress::Id resolves, any other variant is DispatchError::CannotLookup.
#include "pallets/sudo/sudo.hpp"

#include <vector>

#include "codec/codec.hpp"
#include "pallets/sudo/weights.hpp"
#include "pallets/system/system.hpp"
#include "runtime/primitives/multi_address.hpp"
#include "runtime/support/transactional.hpp"

namespace rt::pallets::sudo {
namespace {

using Address = p::MultiAddress<AccountId32, rt::Unit>;
using Kind = p::DispatchError::Kind;

/// How many nested calls are being decoded right now (argsLength re-enters through the runtime's
/// RuntimeCalls::length for every nested Sudo call).
uint32_t g_nesting = 0;

struct NestingGuard {
  NestingGuard() { ++g_nesting; }
  ~NestingGuard() { --g_nesting; }
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;
};

/// A Sudo call's arguments; `call` points into the arguments' bytes.
struct Args {
  std::span<const uint8_t> call;  ///< the nested RuntimeCall's encoding (sudo, sudo_unchecked_weight, sudo_as)
  p::Weight weight;               ///< sudo_unchecked_weight's weight
  Address who;                    ///< set_key's `new`, sudo_as's `who`
};

/// Decodes the arguments at the start of `bytes`; returns their length.
std::optional<size_t> decodeArgs(uint8_t call_index, std::span<const uint8_t> bytes, const RuntimeCalls& calls, Args& a) {
  if (g_nesting >= kMaxNestedCalls) return std::nullopt;
  const NestingGuard guard;
  // The nested call at `offset`: its length from the runtime.
  const auto nested = [&](size_t offset) -> std::optional<size_t> {
    const auto n = calls.length(bytes.subspan(offset));
    if (!n || *n > bytes.size() - offset) return std::nullopt;
    a.call = bytes.subspan(offset, *n);
    return offset + *n;
  };
  switch (call_index) {
    case kSudo:
      return nested(0);
    case kSudoUncheckedWeight: {
      const auto end = nested(0);
      if (!end) return std::nullopt;
      codec::Decoder d(bytes.subspan(*end));
      d(a.weight);
      if (!d.ok()) return std::nullopt;
      return *end + d.offset();
    }
    case kSetKey: {
      codec::Decoder d(bytes);
      d(a.who);
      if (!d.ok()) return std::nullopt;
      return d.offset();
    }
    case kSudoAs: {
      codec::Decoder d(bytes);
      d(a.who);
      if (!d.ok()) return std::nullopt;
      return nested(d.offset());
    }
    case kRemoveKey:
      return 0;
    default:
      return std::nullopt;
  }
}

/// Decodes the arguments, exactly.
bool decodeExact(uint8_t call_index, std::span<const uint8_t> bytes, const RuntimeCalls& calls, Args& a) {
  const auto n = decodeArgs(call_index, bytes, calls, a);
  return n && *n == bytes.size();
}

/// T::Lookup::lookup (AccountIdLookup).
rt::Result<AccountId32, p::DispatchError> lookup(const Address& address) {
  if (const AccountId32* id = address.asId()) return *id;
  return rt::Err(p::DispatchError::of(Kind::CannotLookup));
}

/// ensure_sudo: Root, or Signed by the key.
support::DispatchResult ensureSudo(const support::Origin& origin) {
  if (origin.kind == support::Origin::Kind::Root) return rt::Unit{};
  RT_TRY(const AccountId32 sender, support::ensureSigned(origin));
  const auto k = Key::get();
  if (!k || *k != sender) return rt::Err(moduleError(Error::RequireSudo));
  return rt::Unit{};
}

/// Deposits Sudo event `variant` with `fields` already encoded.
void depositEvent(EventIndex variant, const std::vector<uint8_t>& fields) {
  std::vector<uint8_t> event{static_cast<uint8_t>(variant)};
  event.insert(event.end(), fields.begin(), fields.end());
  system::depositEvent(kIndex, event);
}

/// A DispatchResult's encoding (Result<(), DispatchError>: 0x00, or 0x01 and the error).
std::vector<uint8_t> encodeResult(const rt::Result<rt::Unit, p::DispatchError>& r) {
  std::vector<uint8_t> out;
  if (r) {
    out.push_back(0);
  } else {
    out.push_back(1);
    codec::encodeAppend(out, r.error());
  }
  return out;
}

support::DispatchResult sudo(const support::Origin& origin, const Args& a, const RuntimeCalls& calls) {
  RT_TRY_VOID(ensureSudo(origin));
  const auto res = calls.dispatch(support::Origin::root(), a.call);
  depositEvent(EventIndex::Sudid, encodeResult(res));
  return rt::Unit{};
}

support::DispatchResult setKeyCall(const support::Origin& origin, const Args& a) {
  RT_TRY_VOID(ensureSudo(origin));
  RT_TRY(const AccountId32 new_key, lookup(a.who));
  // Event::KeyChanged { old: Key::get(), new }.
  std::vector<uint8_t> fields = codec::encode(Key::get());
  codec::encodeAppend(fields, new_key);
  depositEvent(EventIndex::KeyChanged, fields);
  Key::put(new_key);
  return rt::Unit{};
}

support::DispatchResult sudoAs(const support::Origin& origin, const Args& a, const RuntimeCalls& calls) {
  RT_TRY_VOID(ensureSudo(origin));
  RT_TRY(const AccountId32 who, lookup(a.who));
  const auto res = calls.dispatch(support::Origin::signedBy(who), a.call);
  depositEvent(EventIndex::SudoAsDone, encodeResult(res));
  return rt::Unit{};
}

support::DispatchResult removeKey(const support::Origin& origin) {
  RT_TRY_VOID(ensureSudo(origin));
  depositEvent(EventIndex::KeyRemoved, {});
  Key::kill();
  return rt::Unit{};
}

support::DispatchResult call(const support::Origin& origin, uint8_t call_index, const Args& a, const RuntimeCalls& calls) {
  switch (call_index) {
    case kSudo:
    case kSudoUncheckedWeight:  // the weight witness is not checked: it is a root call
      return sudo(origin, a, calls);
    case kSetKey:
      return setKeyCall(origin, a);
    case kSudoAs:
      return sudoAs(origin, a, calls);
    case kRemoveKey:
      return removeKey(origin);
    default:
      break;
  }
  return rt::Err(p::DispatchError::other("Sudo: unknown call"));
}

}  // namespace

std::optional<size_t> argsLength(uint8_t call_index, std::span<const uint8_t> bytes, const RuntimeCalls& calls) {
  Args a;
  return decodeArgs(call_index, bytes, calls, a);
}

bool isValidCall(uint8_t call_index, std::span<const uint8_t> args, const RuntimeCalls& calls) {
  Args a;
  return decodeExact(call_index, args, calls, a);
}

p::DispatchInfo callInfo(uint8_t call_index, std::span<const uint8_t> args, const RuntimeCalls& calls) {
  p::DispatchInfo info;
  Args a;
  if (!decodeExact(call_index, args, calls, a)) return info;
  switch (call_index) {
    case kSudo:
    case kSudoAs: {
      const auto inner = calls.info(a.call);
      if (!inner) return p::DispatchInfo{};
      const p::Weight own = call_index == kSudo ? weights::sudo() : weights::sudoAs();
      info.call_weight = own.saturatingAdd(inner->call_weight);
      info.dispatch_class = inner->dispatch_class;
      break;
    }
    case kSudoUncheckedWeight: {
      const auto inner = calls.info(a.call);
      if (!inner) return p::DispatchInfo{};
      info.call_weight = a.weight;
      info.dispatch_class = inner->dispatch_class;
      break;
    }
    case kSetKey:
      info.call_weight = weights::setKey();
      break;
    case kRemoveKey:
      info.call_weight = weights::removeKey();
      break;
    default:
      break;
  }
  return info;
}

p::Weight callWeight(uint8_t call_index, std::span<const uint8_t> args, const RuntimeCalls& calls) {
  return callInfo(call_index, args, calls).call_weight;
}

support::DispatchResult dispatch(const support::Origin& origin, uint8_t call_index, std::span<const uint8_t> args,
                                 p::PostDispatchInfo& post, const RuntimeCalls& calls) {
  post = p::PostDispatchInfo{};
  Args a;
  if (!decodeExact(call_index, args, calls, a)) return rt::Err(p::DispatchError::other("Sudo: undecodable call"));
  auto result = support::withTransaction([&]() { return call(origin, call_index, a, calls); });
  // Sudo user does not pay a fee.
  if (result) post.pays_fee = p::Pays::No;
  return result;
}

std::optional<AccountId32> key() { return Key::get(); }

void setKey(const AccountId32& key) { Key::put(key); }

}  // namespace rt::pallets::sudo
