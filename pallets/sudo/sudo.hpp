// SPDX-License-Identifier: Apache-2.0
// pallet_sudo: a single account (the sudo key) may dispatch any call as Root (sudo,
// sudo_unchecked_weight) or as any signed account (sudo_as), hand the key on (set_key) or remove
// it for good (remove_key). Sudo calls are free for the key (Pays::No when they succeed); a nested
// call's failure does not fail the sudo call, it is reported in the Sudid / SudoAsDone event.
//
// Mirrors https://github.com/paritytech/polkadot-sdk substrate/frame/sudo/src/lib.rs (the
// `ensure_sudo` / remove_key / KeyChanged { old, new } revision, polkadot-sdk 1.6 and later; read
// from the copy at commit af71ec40cde75db92079ad9557e52d352008a8ff of a polkadot-sdk mirror):
// call indices 0..4, Event { Sudid, KeyChanged, KeyRemoved, SudoAsDone }, Error { RequireSudo },
// storage Key: Option<AccountId>. Weights in weights.hpp.
//
// The nested call (Box<RuntimeCall>) belongs to the runtime, not to this pallet: the runtime
// that composes Sudo passes its RuntimeCalls (how long an encoded call is, its DispatchInfo, and
// dispatch_bypass_filter) to every entry point.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

#include "runtime/composition.hpp"
#include "runtime/primitives/dispatch_info.hpp"
#include "runtime/primitives/fixed_bytes.hpp"
#include "runtime/primitives/weight.hpp"
#include "runtime/support/dispatch.hpp"
#include "runtime/support/storage.hpp"

namespace rt::pallets::sudo {

namespace p = rt::runtime::primitives;
using p::AccountId32;

inline constexpr uint8_t kIndex = runtime::kSudoIndex;

// --- storage ---

/// Sudo.Key: the AccountId of the sudo key (absent: no key, only Root may use Sudo).
using Key = support::StorageValue<"Sudo", "Key", AccountId32, support::OptionQuery>;

// --- errors ---

/// pallet_sudo::Error.
enum class Error : uint8_t {
  RequireSudo = 0,  ///< sender must be the Sudo account
};

/// The variant's name (as the metadata spells it).
constexpr const char* toString(Error e) {
  switch (e) {
    case Error::RequireSudo:
      return "RequireSudo";
  }
  return "Unknown sudo error";
}

/// The error as DispatchError::Module { index: kIndex, error: [variant, 0, 0, 0] }.
inline p::DispatchError moduleError(Error e) { return support::moduleError(kIndex, static_cast<uint8_t>(e), toString(e)); }

// --- events ---

/// pallet_sudo::Event variant indices.
enum class EventIndex : uint8_t {
  Sudid = 0,       ///< { sudo_result: DispatchResult }
  KeyChanged = 1,  ///< { old: Option<AccountId>, new: AccountId }
  KeyRemoved = 2,  ///< (no fields)
  SudoAsDone = 3,  ///< { sudo_result: DispatchResult }
};

// --- calls (#[pallet::call_index]) ---

inline constexpr uint8_t kSudo = 0;                 ///< sudo(call: Box<RuntimeCall>)
inline constexpr uint8_t kSudoUncheckedWeight = 1;  ///< sudo_unchecked_weight(call, weight: Weight)
inline constexpr uint8_t kSetKey = 2;               ///< set_key(new: MultiAddress)
inline constexpr uint8_t kSudoAs = 3;               ///< sudo_as(who: MultiAddress, call)
inline constexpr uint8_t kRemoveKey = 4;            ///< remove_key()

/// Nested calls deeper than this do not decode (FRAME bounds the nesting by decoding extrinsics
/// with MAX_EXTRINSIC_DEPTH = 256; here each nested RuntimeCall counts one).
inline constexpr uint32_t kMaxNestedCalls = 128;

/// The runtime's RuntimeCall, as Sudo needs it (FRAME's `T::RuntimeCall: Parameter +
/// UnfilteredDispatchable + GetDispatchInfo`). All three take a RuntimeCall's SCALE encoding
/// (pallet index, call index, arguments).
struct RuntimeCalls {
  /// The length of the RuntimeCall at the start of `bytes` (which may go on), or none when no
  /// call of this runtime decodes there.
  std::optional<size_t> (*length)(std::span<const uint8_t> bytes);
  /// GetDispatchInfo of exactly one encoded call, or none when it does not decode.
  std::optional<p::DispatchInfo> (*info)(std::span<const uint8_t> call);
  /// UnfilteredDispatchable::dispatch_bypass_filter of exactly one encoded call as `origin`
  /// (transactional: a failed call leaves storage unchanged).
  rt::Result<rt::Unit, p::DispatchError> (*dispatch)(const support::Origin& origin, std::span<const uint8_t> call);
};

/// The length of Sudo call `call_index`'s arguments at the start of `bytes` (which may go on), or
/// none when they do not decode (including a nested call that does not, or nests too deep).
std::optional<size_t> argsLength(uint8_t call_index, std::span<const uint8_t> bytes, const RuntimeCalls& calls);

/// True when `args` decode exactly as Sudo call `call_index`'s arguments.
bool isValidCall(uint8_t call_index, std::span<const uint8_t> args, const RuntimeCalls& calls);

/// The call's declared DispatchInfo: sudo / sudo_as add their weight to the nested call's weight
/// and take its class; sudo_unchecked_weight declares its `weight` argument and the nested call's
/// class; set_key / remove_key are Normal. Pays::Yes (the fee is waived after dispatch).
/// Undecodable arguments: a default DispatchInfo.
p::DispatchInfo callInfo(uint8_t call_index, std::span<const uint8_t> args, const RuntimeCalls& calls);

/// callInfo(...).call_weight.
p::Weight callWeight(uint8_t call_index, std::span<const uint8_t> args, const RuntimeCalls& calls);

/// Decodes and dispatches Sudo call `call_index` with `args` (exactly) as `origin`, in a storage
/// transaction. The origin must be Signed by the key (else RequireSudo; no key: RequireSudo) or
/// Root (ensure_signed_or_root; None is BadOrigin). Success sets `post.pays_fee = Pays::No`; a
/// failure leaves storage unchanged and `post` default.
support::DispatchResult dispatch(const support::Origin& origin, uint8_t call_index, std::span<const uint8_t> args,
                                 p::PostDispatchInfo& post, const RuntimeCalls& calls);

/// The sudo key, if any.
std::optional<AccountId32> key();

/// GenesisConfig { key }: sets the sudo key (no event).
void setKey(const AccountId32& key);

}  // namespace rt::pallets::sudo
