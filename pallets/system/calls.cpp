// SPDX-License-Identifier: Apache-2.0
// frame_system's dispatchables: argument decoding, origin checks, the calls themselves (each the
// body of its `#[pallet::call]` function), the code-upgrade checks, the declared weights and
// transactional dispatch. Sources: see calls.hpp.
#include "pallets/system/calls.hpp"

#include <array>
#include <utility>
#include <vector>

#include "codec/codec.hpp"
#include "runtime/host/hashing.hpp"
#include "runtime/host/misc.hpp"
#include "runtime/host/storage.hpp"
#include "runtime/support/transactional.hpp"
#include "runtime/version.hpp"

namespace rt::pallets::system {
namespace {

using Bytes = std::vector<uint8_t>;
using p::Weight;

std::span<const uint8_t> bytesOf(std::string_view s) {
  return std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

// --- weights (SubstrateWeight<T> with T::DbWeight = RocksDbWeight; sources in calls.hpp) ---
namespace weights {

/// RocksDbWeight::read (25 µs) and ::write (100 µs).
constexpr uint64_t kDbRead = 25'000'000;
constexpr uint64_t kDbWrite = 100'000'000;

constexpr Weight reads(uint64_t n) { return Weight::fromParts(kDbRead, 0).saturatingMul(n); }
constexpr Weight writes(uint64_t n) { return Weight::fromParts(kDbWrite, 0).saturatingMul(n); }

/// remark(b), b in [0, 3932160].
constexpr Weight remark(uint32_t b) {
  return Weight::fromParts(2'119'000, 0).saturatingAdd(Weight::fromParts(390, 0).saturatingMul(b));
}
/// remark_with_event(b).
constexpr Weight remarkWithEvent(uint32_t b) {
  return Weight::fromParts(8'097'000, 0).saturatingAdd(Weight::fromParts(1'455, 0).saturatingMul(b));
}
/// set_heap_pages: System::Digest r:1 w:1, `:heappages` w:1.
constexpr Weight setHeapPages() { return Weight::fromParts(4'782'000, 1485).saturatingAdd(reads(1)).saturatingAdd(writes(2)); }
/// set_code: System::Digest r:1 w:1, `:code` w:1.
constexpr Weight setCode() { return Weight::fromParts(87'586'619'000, 1485).saturatingAdd(reads(1)).saturatingAdd(writes(2)); }
/// set_storage(i), i in [0, 1000].
constexpr Weight setStorage(uint32_t i) {
  return Weight::fromParts(2'175'000, 0).saturatingAdd(Weight::fromParts(841'511, 0).saturatingMul(i)).saturatingAdd(writes(i));
}
/// kill_storage(i), i in [0, 1000].
constexpr Weight killStorage(uint32_t i) {
  return Weight::fromParts(2'255'000, 0).saturatingAdd(Weight::fromParts(662'473, 0).saturatingMul(i)).saturatingAdd(writes(i));
}
/// kill_prefix(p), p in [0, 1000].
constexpr Weight killPrefix(uint32_t p) {
  return Weight::fromParts(4'270'000, 128)
      .saturatingAdd(Weight::fromParts(1'389'650, 0).saturatingMul(p))
      .saturatingAdd(reads(p))
      .saturatingAdd(writes(p))
      .saturatingAdd(Weight::fromParts(0, 70).saturatingMul(p));
}
/// authorize_upgrade: System::AuthorizedUpgrade w:1.
constexpr Weight authorizeUpgrade() { return Weight::fromParts(33'027'000, 0).saturatingAdd(writes(1)); }
/// apply_authorized_upgrade: AuthorizedUpgrade r:1 w:1, Digest r:1 w:1, `:code` w:1.
constexpr Weight applyAuthorizedUpgrade() {
  return Weight::fromParts(118'101'992'000, 0).saturatingAdd(Weight::fromParts(0, 1518)).saturatingAdd(reads(2)).saturatingAdd(writes(3));
}

static_assert(setCode() == Weight{87'811'619'000, 1485});
static_assert(killPrefix(1) == Weight{4'270'000 + 1'389'650 + kDbRead + kDbWrite, 198});

}  // namespace weights

/// The arguments of any System call (each call reads its own).
struct Args {
  Bytes bytes;                              ///< remark / code / kill_prefix's prefix
  uint64_t pages = 0;                       ///< set_heap_pages
  std::vector<std::pair<Bytes, Bytes>> items;  ///< set_storage
  std::vector<Bytes> keys;                  ///< kill_storage
  uint32_t subkeys = 0;                     ///< kill_prefix
  p::H256 code_hash;                        ///< authorize_upgrade(_without_checks)
};

/// Decodes the arguments at the start of `d`'s input; false for an unknown call.
bool decodeArgs(uint8_t call_index, codec::Decoder& d, Args& a) {
  switch (call_index) {
    case kRemark:
    case kSetCode:
    case kSetCodeWithoutChecks:
    case kRemarkWithEvent:
    case kApplyAuthorizedUpgrade:
      d(a.bytes);
      return true;
    case kSetHeapPages:
      d(a.pages);
      return true;
    case kSetStorage:
      d(a.items);
      return true;
    case kKillStorage:
      d(a.keys);
      return true;
    case kKillPrefix:
      d(a.bytes, a.subkeys);
      return true;
    case kAuthorizeUpgrade:
    case kAuthorizeUpgradeWithoutChecks:
      d(a.code_hash);
      return true;
    default:
      return false;
  }
}

/// Decodes the arguments, exactly: false for an unknown call, bad or left-over bytes.
bool decodeExact(uint8_t call_index, std::span<const uint8_t> bytes, Args& a) {
  codec::Decoder d(bytes);
  if (!decodeArgs(call_index, d, a)) return false;
  d.expectEnd();
  return d.ok();
}

// --- can_set_code ---

/// The fields of sp_version::RuntimeVersion can_set_code compares, decoded as its Decode impl
/// does: the Core API's version decides whether transaction_version (>= 3) and system_version
/// (>= 4) follow; trailing bytes are allowed (`Decode`, not `DecodeAll`).
struct VersionInfo {
  std::string spec_name;
  uint32_t spec_version = 0;
};

std::optional<VersionInfo> decodeVersion(std::span<const uint8_t> bytes) {
  codec::Decoder d(bytes);
  VersionInfo v;
  std::string impl_name;
  uint32_t authoring_version = 0, impl_version = 0;
  std::vector<std::pair<std::array<uint8_t, 8>, uint32_t>> apis;
  d(v.spec_name, impl_name, authoring_version, v.spec_version, impl_version, apis);
  if (!d.ok()) return std::nullopt;
  uint32_t core_version = 0;
  for (const auto& [id, version] : apis) {
    if (id == runtime::kCoreApi.id) {
      core_version = version;
      break;
    }
  }
  uint32_t transaction_version = 1;
  uint8_t system_version = 1;
  if (core_version >= 3) d(transaction_version);
  if (core_version >= 4) d(system_version);
  if (!d.ok()) return std::nullopt;
  return v;
}

/// T::Hashing::hash (BlakeTwo256).
p::H256 hashOf(std::span<const uint8_t> data) {
  p::H256 h;
  h.bytes = host::hashing::blake2_256(data);
  return h;
}

// --- the calls ---

support::DispatchResult remark(const support::Origin&, const Args&) {
  // Any origin; the remark is only its weight witness.
  return rt::Unit{};
}

support::DispatchResult setHeapPages(const support::Origin& origin, const Args& a) {
  RT_TRY_VOID(support::ensureRoot(origin));
  host::storage::set(bytesOf(kHeapPagesKey), codec::encode(a.pages));
  depositLog(p::DigestItem::runtimeEnvironmentUpdated());
  return rt::Unit{};
}

support::DispatchResult setCode(const support::Origin& origin, const Args& a, p::PostDispatchInfo& post) {
  RT_TRY_VOID(support::ensureRoot(origin));
  RT_TRY_VOID(canSetCode(a.bytes));
  updateCodeInStorage(a.bytes);  // OnSetCode = ()
  post.actual_weight = kMaxBlockWeight;  // consume the rest of the block
  return rt::Unit{};
}

support::DispatchResult setCodeWithoutChecks(const support::Origin& origin, const Args& a, p::PostDispatchInfo& post) {
  RT_TRY_VOID(support::ensureRoot(origin));
  updateCodeInStorage(a.bytes);
  post.actual_weight = kMaxBlockWeight;
  return rt::Unit{};
}

support::DispatchResult setStorage(const support::Origin& origin, const Args& a) {
  RT_TRY_VOID(support::ensureRoot(origin));
  for (const auto& [key, value] : a.items) host::storage::set(key, value);
  return rt::Unit{};
}

support::DispatchResult killStorage(const support::Origin& origin, const Args& a) {
  RT_TRY_VOID(support::ensureRoot(origin));
  for (const auto& key : a.keys) host::storage::clear(key);
  return rt::Unit{};
}

support::DispatchResult killPrefix(const support::Origin& origin, const Args& a) {
  RT_TRY_VOID(support::ensureRoot(origin));
  (void)host::storage::clearPrefix(a.bytes, a.subkeys);
  return rt::Unit{};
}

support::DispatchResult remarkWithEvent(const support::Origin& origin, const Args& a) {
  RT_TRY(const p::AccountId32 who, support::ensureSigned(origin));
  // Event::Remarked { sender, hash }.
  Bytes event{static_cast<uint8_t>(EventIndex::Remarked)};
  codec::encodeAppend(event, who);
  codec::encodeAppend(event, hashOf(a.bytes));
  depositEvent(kIndex, event);
  return rt::Unit{};
}

/// do_authorize_upgrade: the authorization, then UpgradeAuthorized { code_hash, check_version }.
support::DispatchResult authorizeUpgrade(const support::Origin& origin, const Args& a, bool check_version) {
  RT_TRY_VOID(support::ensureRoot(origin));
  AuthorizedUpgrade::put(CodeUpgradeAuthorization{a.code_hash, check_version});
  Bytes event{static_cast<uint8_t>(EventIndex::UpgradeAuthorized)};
  codec::encodeAppend(event, a.code_hash);
  codec::encodeAppend(event, check_version);
  depositEvent(kIndex, event);
  return rt::Unit{};
}

/// do_apply_authorize_upgrade (any origin).
support::DispatchResult applyAuthorizedUpgrade(const Args& a, p::PostDispatchInfo& post) {
  RT_TRY_VOID(validateAuthorizedUpgrade(a.bytes));
  updateCodeInStorage(a.bytes);
  AuthorizedUpgrade::kill();
  post.actual_weight = kMaxBlockWeight;
  post.pays_fee = p::Pays::No;  // no fee for a valid upgrade
  return rt::Unit{};
}

support::DispatchResult call(const support::Origin& origin, uint8_t call_index, const Args& a, p::PostDispatchInfo& post) {
  switch (call_index) {
    case kRemark:
      return remark(origin, a);
    case kSetHeapPages:
      return setHeapPages(origin, a);
    case kSetCode:
      return setCode(origin, a, post);
    case kSetCodeWithoutChecks:
      return setCodeWithoutChecks(origin, a, post);
    case kSetStorage:
      return setStorage(origin, a);
    case kKillStorage:
      return killStorage(origin, a);
    case kKillPrefix:
      return killPrefix(origin, a);
    case kRemarkWithEvent:
      return remarkWithEvent(origin, a);
    case kAuthorizeUpgrade:
      return authorizeUpgrade(origin, a, true);
    case kAuthorizeUpgradeWithoutChecks:
      return authorizeUpgrade(origin, a, false);
    case kApplyAuthorizedUpgrade:
      return applyAuthorizedUpgrade(a, post);
    default:
      break;
  }
  return rt::Err(p::DispatchError::other("System: unknown call"));
}

uint32_t clampU32(size_t n) { return n > 0xFFFF'FFFFu ? 0xFFFF'FFFFu : static_cast<uint32_t>(n); }

}  // namespace

bool isValidCall(uint8_t call_index, std::span<const uint8_t> args) {
  Args a;
  return decodeExact(call_index, args, a);
}

std::optional<size_t> argsLength(uint8_t call_index, std::span<const uint8_t> bytes) {
  codec::Decoder d(bytes);
  Args a;
  if (!decodeArgs(call_index, d, a) || !d.ok()) return std::nullopt;
  return d.offset();
}

p::Weight callWeight(uint8_t call_index, std::span<const uint8_t> args) {
  Args a;
  if (!decodeExact(call_index, args, a)) return Weight::zero();
  switch (call_index) {
    case kRemark:
      return weights::remark(clampU32(a.bytes.size()));
    case kSetHeapPages:
      return weights::setHeapPages();
    case kSetCode:
    case kSetCodeWithoutChecks:
      return weights::setCode();
    case kSetStorage:
      return weights::setStorage(clampU32(a.items.size()));
    case kKillStorage:
      return weights::killStorage(clampU32(a.keys.size()));
    case kKillPrefix:
      return weights::killPrefix(a.subkeys == 0xFFFF'FFFFu ? a.subkeys : a.subkeys + 1);  // saturating_add(1)
    case kRemarkWithEvent:
      return weights::remarkWithEvent(clampU32(a.bytes.size()));
    case kAuthorizeUpgrade:
    case kAuthorizeUpgradeWithoutChecks:
      return weights::authorizeUpgrade();
    case kApplyAuthorizedUpgrade:
      return weights::applyAuthorizedUpgrade();
    default:
      break;
  }
  return Weight::zero();
}

p::DispatchInfo callInfo(uint8_t call_index, std::span<const uint8_t> args) {
  p::DispatchInfo info;
  info.call_weight = callWeight(call_index, args);
  info.dispatch_class = call_index == kRemark || call_index == kRemarkWithEvent ? p::DispatchClass::Normal
                                                                                 : p::DispatchClass::Operational;
  return info;
}

support::DispatchResult dispatch(const support::Origin& origin, uint8_t call_index, std::span<const uint8_t> args,
                                 p::PostDispatchInfo& post) {
  post = p::PostDispatchInfo{};
  Args a;
  if (!decodeExact(call_index, args, a)) return rt::Err(p::DispatchError::other("System: undecodable call"));
  auto result = support::withTransaction([&]() { return call(origin, call_index, a, post); });
  if (!result) post = p::PostDispatchInfo{};  // an error carries the default post info
  return result;
}

support::DispatchResult dispatch(const support::Origin& origin, uint8_t call_index, std::span<const uint8_t> args) {
  p::PostDispatchInfo post;
  return dispatch(origin, call_index, args, post);
}

support::DispatchResult canSetCode(std::span<const uint8_t> code) {
  // T::MultiBlockMigrator is () here: never ongoing.
  const auto raw = host::misc::runtimeVersion(code);
  if (!raw) return rt::Err(moduleError(Error::FailedToExtractRuntimeVersion));
  const auto version = decodeVersion(std::span<const uint8_t>(raw->data(), raw->size()));
  if (!version) return rt::Err(moduleError(Error::FailedToExtractRuntimeVersion));
  if (std::string_view(version->spec_name) != runtime::kRuntimeVersion.spec_name) {
    return rt::Err(moduleError(Error::InvalidSpecName));
  }
  if (version->spec_version <= runtime::kRuntimeVersion.spec_version) {
    return rt::Err(moduleError(Error::SpecVersionNeedsToIncrease));
  }
  return rt::Unit{};
}

rt::Result<p::H256, p::DispatchError> validateAuthorizedUpgrade(std::span<const uint8_t> code) {
  const auto authorization = AuthorizedUpgrade::get();
  if (!authorization) return rt::Err(moduleError(Error::NothingAuthorized));
  const p::H256 actual_hash = hashOf(code);
  if (actual_hash != authorization->code_hash) return rt::Err(moduleError(Error::Unauthorized));
  if (authorization->check_version) {
    RT_TRY_VOID(canSetCode(code));
  }
  return actual_hash;
}

void updateCodeInStorage(std::span<const uint8_t> code) {
  host::storage::set(bytesOf(kCodeKey), code);
  depositLog(p::DigestItem::runtimeEnvironmentUpdated());
  const Bytes event{static_cast<uint8_t>(EventIndex::CodeUpdated)};
  depositEvent(kIndex, event);
}

void depositLog(const p::DigestItem& item) {
  // Digest::<T>::append(item): one more item in the stored Vec<DigestItem>.
  host::storage::append(Digest::kKey, codec::encode(item));
}

bool runtimeUpgraded() {
  const auto last = LastRuntimeUpgrade::get();
  const auto& current = runtime::kRuntimeVersion;
  // LastRuntimeUpgradeInfo::was_upgraded.
  const bool upgraded = !last || current.spec_version > last->spec_version ||
                        current.spec_name != std::string_view(last->spec_name);
  if (upgraded) {
    LastRuntimeUpgrade::put(LastRuntimeUpgradeInfo{current.spec_version, std::string(current.spec_name)});
  }
  return upgraded;
}

}  // namespace rt::pallets::system
