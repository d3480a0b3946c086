// SPDX-License-Identifier: Apache-2.0
// frame_system's dispatchable calls: remarks, heap pages, runtime code upgrades (set_code, the
// authorize / apply two-phase upgrade), raw storage writes for Root, with their errors, weights
// (SubstrateWeight with RocksDbWeight), the code-upgrade storage (AuthorizedUpgrade,
// LastRuntimeUpgrade) and the well-known keys they write (`:code`, `:heappages`).
//
// Mirrors `#[pallet::call] impl Pallet`, `Error`, `can_set_code`, `do_authorize_upgrade`,
// `do_apply_authorize_upgrade`, `validate_authorized_upgrade` and `update_code_in_storage` of
// https://github.com/paritytech/polkadot-sdk/blob/007006984232fc143ab09537249ca37d875b3a5f/substrate/frame/system/src/lib.rs
// (without the `experimental` feature: no do_task, so Error has no InvalidTask / FailedTask and
// NothingAuthorized is 7). Weights:
// https://github.com/paritytech/polkadot-sdk/blob/0c4302a244cd3c7f6acf9f8275bd3ed3f61c99b8/substrate/frame/system/src/weights.rs
// This runtime's OnSetCode is `()`: the code is written at once (update_code_in_storage).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "pallets/system/system.hpp"
#include "runtime/primitives/dispatch_info.hpp"
#include "runtime/primitives/weight.hpp"
#include "runtime/support/dispatch.hpp"

namespace rt::pallets::system {

// --- calls (#[pallet::call_index]) ---

inline constexpr uint8_t kRemark = 0;                         ///< remark(remark: Vec<u8>)
inline constexpr uint8_t kSetHeapPages = 1;                   ///< set_heap_pages(pages: u64)
inline constexpr uint8_t kSetCode = 2;                        ///< set_code(code: Vec<u8>)
inline constexpr uint8_t kSetCodeWithoutChecks = 3;           ///< set_code_without_checks(code: Vec<u8>)
inline constexpr uint8_t kSetStorage = 4;                     ///< set_storage(items: Vec<(Vec<u8>, Vec<u8>)>)
inline constexpr uint8_t kKillStorage = 5;                    ///< kill_storage(keys: Vec<Vec<u8>>)
inline constexpr uint8_t kKillPrefix = 6;                     ///< kill_prefix(prefix: Vec<u8>, subkeys: u32)
inline constexpr uint8_t kRemarkWithEvent = 7;                ///< remark_with_event(remark: Vec<u8>)
inline constexpr uint8_t kAuthorizeUpgrade = 9;               ///< authorize_upgrade(code_hash: H256)
inline constexpr uint8_t kAuthorizeUpgradeWithoutChecks = 10; ///< authorize_upgrade_without_checks(code_hash)
inline constexpr uint8_t kApplyAuthorizedUpgrade = 11;        ///< apply_authorized_upgrade(code: Vec<u8>)

// --- errors ---

/// frame_system::Error, variant indices as FRAME's (without the `experimental` feature).
enum class Error : uint8_t {
  InvalidSpecName = 0,                ///< the new runtime's spec_name differs from the current one
  SpecVersionNeedsToIncrease = 1,     ///< the new runtime's spec_version is not higher
  FailedToExtractRuntimeVersion = 2,  ///< Core_version of the new code failed or did not decode
  NonDefaultComposite = 3,            ///< suicide called when the account has non-default composite data
  NonZeroRefCount = 4,                ///< a non-zero reference count prevents purging the account
  CallFiltered = 5,                   ///< the origin filter prevented the call
  MultiBlockMigrationsOngoing = 6,    ///< a multi-block migration prevents replacing the code
  NothingAuthorized = 7,              ///< no upgrade authorized
  Unauthorized = 8,                   ///< the submitted code is not authorized
};

/// The variant's name (as the metadata spells it).
constexpr const char* toString(Error e) {
  switch (e) {
    case Error::InvalidSpecName:
      return "InvalidSpecName";
    case Error::SpecVersionNeedsToIncrease:
      return "SpecVersionNeedsToIncrease";
    case Error::FailedToExtractRuntimeVersion:
      return "FailedToExtractRuntimeVersion";
    case Error::NonDefaultComposite:
      return "NonDefaultComposite";
    case Error::NonZeroRefCount:
      return "NonZeroRefCount";
    case Error::CallFiltered:
      return "CallFiltered";
    case Error::MultiBlockMigrationsOngoing:
      return "MultiBlockMigrationsOngoing";
    case Error::NothingAuthorized:
      return "NothingAuthorized";
    case Error::Unauthorized:
      return "Unauthorized";
  }
  return "Unknown system error";
}

/// The error as DispatchError::Module { index: kIndex, error: [variant, 0, 0, 0] }.
inline p::DispatchError moduleError(Error e) { return support::moduleError(kIndex, static_cast<uint8_t>(e), toString(e)); }

// --- storage ---

/// frame_system::CodeUpgradeAuthorization: the authorized code's hash and whether
/// apply_authorized_upgrade runs can_set_code's version checks.
struct CodeUpgradeAuthorization {
  p::H256 code_hash;           ///< blake2_256 of the authorized code
  bool check_version = false;  ///< carry out the version checks
  bool operator==(const CodeUpgradeAuthorization&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, CodeUpgradeAuthorization& v) {
    ar(v.code_hash, v.check_version);
  }
};

/// frame_system::LastRuntimeUpgradeInfo { spec_version: Compact<u32>, spec_name: String }.
struct LastRuntimeUpgradeInfo {
  uint32_t spec_version = 0;  ///< the runtime's spec_version (encoded compact)
  std::string spec_name;      ///< the runtime's spec_name
  bool operator==(const LastRuntimeUpgradeInfo&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, LastRuntimeUpgradeInfo& v) {
    ar(codec::asCompact(v.spec_version), v.spec_name);
  }
};

/// System.AuthorizedUpgrade: `Some` when a code upgrade has been authorized.
using AuthorizedUpgrade = StorageValue<"System", "AuthorizedUpgrade", CodeUpgradeAuthorization, OptionQuery>;
/// System.LastRuntimeUpgrade: the spec_version and spec_name of the last runtime upgrade.
using LastRuntimeUpgrade = StorageValue<"System", "LastRuntimeUpgrade", LastRuntimeUpgradeInfo, OptionQuery>;

/// sp_core::storage::well_known_keys::CODE.
inline constexpr std::string_view kCodeKey = ":code";
/// sp_core::storage::well_known_keys::HEAP_PAGES (a u64, little-endian).
inline constexpr std::string_view kHeapPagesKey = ":heappages";

/// T::BlockWeights::get().max_block for this runtime (node-template: 2 s of ref_time, proof size
/// u64::MAX): set_code's actual weight ("consume the rest of the block").
inline constexpr p::Weight kMaxBlockWeight = p::Weight::fromParts(2'000'000'000'000ULL, ~uint64_t{0});

// --- dispatch ---

/// True when `call_index` is a System call and `args` decode as its arguments, exactly.
bool isValidCall(uint8_t call_index, std::span<const uint8_t> args);

/// The length of the arguments of System call `call_index` at the start of `bytes` (which may go
/// on: a nested RuntimeCall's length), or none when they do not decode.
std::optional<size_t> argsLength(uint8_t call_index, std::span<const uint8_t> bytes);

/// The call's declared weight (SubstrateWeight with RocksDbWeight) for these arguments
/// (remark's length, set_storage's / kill_storage's item count, kill_prefix's `subkeys`); zero for
/// an unknown index or undecodable arguments.
p::Weight callWeight(uint8_t call_index, std::span<const uint8_t> args);

/// The call's DispatchInfo: callWeight() and its class (Operational for all but remark and
/// remark_with_event, which are Normal), Pays::Yes.
p::DispatchInfo callInfo(uint8_t call_index, std::span<const uint8_t> args);

/// Decodes and dispatches System call `call_index` with `args` (exactly) as `origin`, in a storage
/// transaction (a failure leaves storage unchanged). `post` receives the PostDispatchInfo:
/// set_code, set_code_without_checks and apply_authorized_upgrade report kMaxBlockWeight as their
/// actual weight; apply_authorized_upgrade waives the fee (Pays::No) when it succeeds.
support::DispatchResult dispatch(const support::Origin& origin, uint8_t call_index, std::span<const uint8_t> args,
                                 p::PostDispatchInfo& post);

/// As dispatch() above, without the post-dispatch info.
support::DispatchResult dispatch(const support::Origin& origin, uint8_t call_index, std::span<const uint8_t> args);

// --- code upgrades (public for the executive and OnSetCode implementations) ---

/// can_set_code: the new code's runtime version (read by the host) must have this runtime's
/// spec_name and a higher spec_version. Errors: FailedToExtractRuntimeVersion, InvalidSpecName,
/// SpecVersionNeedsToIncrease.
support::DispatchResult canSetCode(std::span<const uint8_t> code);

/// validate_authorized_upgrade: the authorization exists (NothingAuthorized), blake2_256(code)
/// is its hash (Unauthorized), and with check_version can_set_code passes. Returns the hash (the
/// `provides` tag of the unsigned apply_authorized_upgrade).
rt::Result<p::H256, p::DispatchError> validateAuthorizedUpgrade(std::span<const uint8_t> code);

/// update_code_in_storage: writes `:code`, deposits the RuntimeEnvironmentUpdated digest item and
/// the CodeUpdated event.
void updateCodeInStorage(std::span<const uint8_t> code);

/// deposit_log: appends `item` to the block's digest (System.Digest).
void depositLog(const p::DigestItem& item);

/// frame_executive's `runtime_upgraded`: true (and LastRuntimeUpgrade updated to this runtime's
/// version) when LastRuntimeUpgrade is absent or names an older spec_version or another
/// spec_name. Genesis should put this runtime's version there first.
bool runtimeUpgraded();

}  // namespace rt::pallets::system
