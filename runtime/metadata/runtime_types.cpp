// SPDX-License-Identifier: Apache-2.0
// See runtime_types.hpp. Type paths, field names and variant indices mirror the Rust definitions
// (scale-info's derive output for them) so that @polkadot/types decodes everything with its
// built-in lookups: sp_core::crypto::AccountId32, sp_runtime::multiaddress::MultiAddress,
// sp_runtime::MultiSignature, sp_runtime::generic::era::Era, sp_runtime::DispatchError,
// frame_system::{AccountInfo, EventRecord, Phase, pallet::Call/Event/Error}, pallet_*::pallet::*.
#include "runtime/metadata/runtime_types.hpp"

#include <string>

#include "pallets/balances/balances.hpp"
#include "pallets/timestamp/timestamp.hpp"
#include "pallets/transaction_payment/transaction_payment.hpp"
#include "runtime/composition.hpp"
#include "runtime/version.hpp"

namespace rt::runtime::metadata {
namespace {

using u128 = unsigned __int128;

// --- nominal types (tags: one C++ type per Rust type) ---
struct AccountId32T {};
struct H256T {};
struct MultiAddressT {};
struct MultiSignatureT {};
struct Ed25519SignatureT {};
struct Sr25519SignatureT {};
struct EcdsaSignatureT {};
struct WeightT {};
struct DispatchClassT {};
struct PaysT {};
struct DispatchInfoT {};
struct DispatchEventInfoT {};
struct ModuleErrorT {};
struct TokenErrorT {};
struct ArithmeticErrorT {};
struct TransactionalErrorT {};
struct TrieErrorT {};
struct DispatchErrorT {};
struct PhaseT {};
struct EventRecordT {};
struct AccountInfoT {};
struct AccountDataT {};
struct ExtraFlagsT {};
struct EraT {};
struct DigestItemT {};
struct DigestT {};
struct PerDispatchClassWeightT {};
struct UncheckedExtrinsicT {};
struct RuntimeT {};
struct RuntimeCallT {};
struct RuntimeEventT {};
struct RuntimeErrorT {};
struct SystemCallT {};
struct SystemEventT {};
struct SystemErrorT {};
struct TimestampCallT {};
struct BalancesCallT {};
struct BalancesEventT {};
struct BalancesErrorT {};
struct BalanceStatusT {};
struct AdjustmentDirectionT {};
struct TransactionPaymentEventT {};
struct MultiplierT {};
struct ResultDispatchT {};
template <int N>
struct ExtensionT {};
struct SignedExtraTupleT {};
struct SudoCallT {};
struct SudoEventT {};
struct SudoErrorT {};
struct LastRuntimeUpgradeInfoT {};
struct CodeUpgradeAuthorizationT {};

Field f(Registry& r, TypeId ty, std::optional<std::string> name = std::nullopt,
        std::optional<std::string> type_name = std::nullopt) {
  (void)r;
  return Field{std::move(name), ty, std::move(type_name), {}};
}

Variant v(std::string name, uint8_t index, std::vector<Field> fields = {}, std::vector<std::string> docs = {}) {
  return Variant{std::move(name), std::move(fields), index, std::move(docs)};
}

std::vector<Variant> unitVariants(std::initializer_list<const char*> names) {
  std::vector<Variant> out;
  uint8_t i = 0;
  for (const char* n : names) out.push_back(v(n, i++));
  return out;
}

}  // namespace

// --- TypeInfo of the nominal types ---
#define RT_TYPE(T) \
  template <>      \
  struct TypeInfo<T> { static Type describe(Registry& r); }; \
  Type TypeInfo<T>::describe(Registry& r)

RT_TYPE(AccountId32T) { return composite({"sp_core", "crypto", "AccountId32"}, {f(r, r.id<std::array<uint8_t, 32>>(), {}, "[u8; 32]")}); }
RT_TYPE(H256T) { return composite({"primitive_types", "H256"}, {f(r, r.id<std::array<uint8_t, 32>>(), {}, "[u8; 32]")}); }
RT_TYPE(MultiAddressT) {
  const TypeId account = r.id<AccountId32T>();
  const TypeId unit = r.id<std::tuple<>>();
  return variant({"sp_runtime", "multiaddress", "MultiAddress"},
                 {v("Id", 0, {f(r, account, {}, "AccountId")}), v("Index", 1, {f(r, r.id<Compact<std::tuple<>>>(), {}, "AccountIndex")}),
                  v("Raw", 2, {f(r, r.id<std::vector<uint8_t>>(), {}, "Vec<u8>")}),
                  v("Address32", 3, {f(r, r.id<std::array<uint8_t, 32>>(), {}, "[u8; 32]")}),
                  v("Address20", 4, {f(r, r.id<std::array<uint8_t, 20>>(), {}, "[u8; 20]")})},
                 {TypeParameter{"AccountId", account}, TypeParameter{"AccountIndex", unit}});
}
RT_TYPE(Ed25519SignatureT) { return composite({"sp_core", "ed25519", "Signature"}, {f(r, r.id<std::array<uint8_t, 64>>(), {}, "[u8; 64]")}); }
RT_TYPE(Sr25519SignatureT) { return composite({"sp_core", "sr25519", "Signature"}, {f(r, r.id<std::array<uint8_t, 64>>(), {}, "[u8; 64]")}); }
RT_TYPE(EcdsaSignatureT) { return composite({"sp_core", "ecdsa", "Signature"}, {f(r, r.id<std::array<uint8_t, 65>>(), {}, "[u8; 65]")}); }
RT_TYPE(MultiSignatureT) {
  return variant({"sp_runtime", "MultiSignature"},
                 {v("Ed25519", 0, {f(r, r.id<Ed25519SignatureT>(), {}, "ed25519::Signature")}),
                  v("Sr25519", 1, {f(r, r.id<Sr25519SignatureT>(), {}, "sr25519::Signature")}),
                  v("Ecdsa", 2, {f(r, r.id<EcdsaSignatureT>(), {}, "ecdsa::Signature")})});
}
RT_TYPE(WeightT) {
  return composite({"sp_weights", "weight_v2", "Weight"},
                   {f(r, r.id<Compact<uint64_t>>(), "ref_time", "u64"), f(r, r.id<Compact<uint64_t>>(), "proof_size", "u64")});
}
RT_TYPE(DispatchClassT) { return variant({"frame_support", "dispatch", "DispatchClass"}, unitVariants({"Normal", "Operational", "Mandatory"})); }
RT_TYPE(PaysT) { return variant({"frame_support", "dispatch", "Pays"}, unitVariants({"Yes", "No"})); }
RT_TYPE(DispatchInfoT) {
  return composite({"frame_support", "dispatch", "DispatchInfo"},
                   {f(r, r.id<WeightT>(), "call_weight", "Weight"), f(r, r.id<WeightT>(), "extension_weight", "Weight"),
                    f(r, r.id<DispatchClassT>(), "class", "DispatchClass"), f(r, r.id<PaysT>(), "pays_fee", "Pays")});
}
RT_TYPE(DispatchEventInfoT) {
  return composite({"frame_system", "DispatchEventInfo"},
                   {f(r, r.id<WeightT>(), "weight", "Weight"), f(r, r.id<DispatchClassT>(), "class", "DispatchClass"),
                    f(r, r.id<PaysT>(), "pays_fee", "Pays")});
}
RT_TYPE(ModuleErrorT) {
  return composite({"sp_runtime", "ModuleError"},
                   {f(r, r.id<uint8_t>(), "index", "u8"), f(r, r.id<std::array<uint8_t, 4>>(), "error", "[u8; MAX_MODULE_ERROR_ENCODED_SIZE]")});
}
RT_TYPE(TokenErrorT) {
  return variant({"sp_runtime", "TokenError"},
                 unitVariants({"FundsUnavailable", "OnlyProvider", "BelowMinimum", "CannotCreate", "UnknownAsset", "Frozen",
                               "Unsupported", "CannotCreateHold", "NotExpendable", "Blocked"}));
}
RT_TYPE(ArithmeticErrorT) { return variant({"sp_arithmetic", "ArithmeticError"}, unitVariants({"Underflow", "Overflow", "DivisionByZero"})); }
RT_TYPE(TransactionalErrorT) { return variant({"sp_runtime", "TransactionalError"}, unitVariants({"LimitReached", "NoLayer"})); }
RT_TYPE(TrieErrorT) {
  return variant({"sp_runtime", "proving_trie", "TrieError"},
                 unitVariants({"InvalidStateRoot", "IncompleteDatabase", "ValueAtIncompleteKey", "DecoderError", "InvalidHash",
                               "DuplicateKey", "ExtraneousNode", "ExtraneousValue", "ExtraneousHashReference",
                               "InvalidChildReference", "ValueMismatch", "IncompleteProof", "RootMismatch", "DecodeError"}));
}
RT_TYPE(DispatchErrorT) {
  return variant({"sp_runtime", "DispatchError"},
                 {v("Other", 0), v("CannotLookup", 1), v("BadOrigin", 2), v("Module", 3, {f(r, r.id<ModuleErrorT>(), {}, "ModuleError")}),
                  v("ConsumerRemaining", 4), v("NoProviders", 5), v("TooManyConsumers", 6),
                  v("Token", 7, {f(r, r.id<TokenErrorT>(), {}, "TokenError")}),
                  v("Arithmetic", 8, {f(r, r.id<ArithmeticErrorT>(), {}, "ArithmeticError")}),
                  v("Transactional", 9, {f(r, r.id<TransactionalErrorT>(), {}, "TransactionalError")}), v("Exhausted", 10),
                  v("Corruption", 11), v("Unavailable", 12), v("RootNotAllowed", 13),
                  v("Trie", 14, {f(r, r.id<TrieErrorT>(), {}, "TrieError")})});
}
RT_TYPE(ResultDispatchT) {
  const TypeId ok = r.id<std::tuple<>>();
  const TypeId err = r.id<DispatchErrorT>();
  return variant({"Result"}, {v("Ok", 0, {f(r, ok)}), v("Err", 1, {f(r, err)})}, {TypeParameter{"T", ok}, TypeParameter{"E", err}});
}
RT_TYPE(PhaseT) {
  return variant({"frame_system", "Phase"},
                 {v("ApplyExtrinsic", 0, {f(r, r.id<uint32_t>(), {}, "u32")}), v("Finalization", 1), v("Initialization", 2)});
}
RT_TYPE(ExtraFlagsT) { return composite({"pallet_balances", "types", "ExtraFlags"}, {f(r, r.id<u128>(), {}, "u128")}); }
RT_TYPE(AccountDataT) {
  const TypeId b = r.id<u128>();
  return composite({"pallet_balances", "types", "AccountData"},
                   {f(r, b, "free", "Balance"), f(r, b, "reserved", "Balance"), f(r, b, "frozen", "Balance"),
                    f(r, r.id<ExtraFlagsT>(), "flags", "ExtraFlags")},
                   {TypeParameter{"Balance", b}});
}
RT_TYPE(AccountInfoT) {
  const TypeId n = r.id<uint32_t>();
  const TypeId data = r.id<AccountDataT>();
  return composite({"frame_system", "AccountInfo"},
                   {f(r, n, "nonce", "Nonce"), f(r, n, "consumers", "RefCount"), f(r, n, "providers", "RefCount"),
                    f(r, n, "sufficients", "RefCount"), f(r, data, "data", "AccountData")},
                   {TypeParameter{"Nonce", n}, TypeParameter{"AccountData", data}});
}
RT_TYPE(EraT) {
  // sp_runtime::generic::era::Era's TypeInfo: Immortal, then Mortal1..Mortal255 each carrying the
  // second byte of the two-byte encoding.
  std::vector<Variant> vs{v("Immortal", 0)};
  const TypeId u8 = r.id<uint8_t>();
  for (int i = 1; i < 256; ++i) vs.push_back(v("Mortal" + std::to_string(i), static_cast<uint8_t>(i), {f(r, u8)}));
  return variant({"sp_runtime", "generic", "era", "Era"}, std::move(vs));
}
RT_TYPE(DigestItemT) {
  const TypeId engine = r.id<std::array<uint8_t, 4>>();
  const TypeId bytes = r.id<std::vector<uint8_t>>();
  return variant({"sp_runtime", "generic", "digest", "DigestItem"},
                 {v("Other", 0, {f(r, bytes, {}, "Vec<u8>")}),
                  v("Consensus", 4, {f(r, engine, {}, "ConsensusEngineId"), f(r, bytes, {}, "Vec<u8>")}),
                  v("Seal", 5, {f(r, engine, {}, "ConsensusEngineId"), f(r, bytes, {}, "Vec<u8>")}),
                  v("PreRuntime", 6, {f(r, engine, {}, "ConsensusEngineId"), f(r, bytes, {}, "Vec<u8>")}),
                  v("RuntimeEnvironmentUpdated", 8)});
}
RT_TYPE(DigestT) { return composite({"sp_runtime", "generic", "digest", "Digest"}, {f(r, r.id<std::vector<DigestItemT>>(), "logs", "Vec<DigestItem>")}); }
RT_TYPE(PerDispatchClassWeightT) {
  const TypeId w = r.id<WeightT>();
  return composite({"frame_support", "dispatch", "PerDispatchClass"},
                   {f(r, w, "normal", "T"), f(r, w, "operational", "T"), f(r, w, "mandatory", "T")}, {TypeParameter{"T", w}});
}
RT_TYPE(MultiplierT) { return composite({"sp_arithmetic", "fixed_point", "FixedU128"}, {f(r, r.id<u128>(), {}, "u128")}); }

// --- pallets ---
RT_TYPE(SystemCallT) {
  const TypeId bytes = r.id<std::vector<uint8_t>>();
  const TypeId h256 = r.id<H256T>();
  return variant({"frame_system", "pallet", "Call"},
                 {v("remark", 0, {f(r, bytes, "remark", "Vec<u8>")}, {"Make some on-chain remark."}),
                  v("set_heap_pages", 1, {f(r, r.id<uint64_t>(), "pages", "u64")}, {"Set the number of pages in the WebAssembly environment's heap."}),
                  v("set_code", 2, {f(r, bytes, "code", "Vec<u8>")}, {"Set the new runtime code."}),
                  v("set_code_without_checks", 3, {f(r, bytes, "code", "Vec<u8>")}, {"Set the new runtime code without doing any checks of the given `code`."}),
                  v("set_storage", 4, {f(r, r.id<std::vector<std::tuple<std::vector<uint8_t>, std::vector<uint8_t>>>>(), "items", "Vec<KeyValue>")},
                    {"Set some items of storage."}),
                  v("kill_storage", 5, {f(r, r.id<std::vector<std::vector<uint8_t>>>(), "keys", "Vec<Key>")}, {"Kill some items from storage."}),
                  v("kill_prefix", 6, {f(r, bytes, "prefix", "Key"), f(r, r.id<uint32_t>(), "subkeys", "u32")},
                    {"Kill all storage items with a key that starts with the given prefix."}),
                  v("remark_with_event", 7, {f(r, bytes, "remark", "Vec<u8>")}, {"Make some on-chain remark and emit event."}),
                  v("authorize_upgrade", 9, {f(r, h256, "code_hash", "T::Hash")}, {"Authorize an upgrade to a given `code_hash` for the runtime."}),
                  v("authorize_upgrade_without_checks", 10, {f(r, h256, "code_hash", "T::Hash")},
                    {"Authorize an upgrade to a given `code_hash` for the runtime, without version checks."}),
                  v("apply_authorized_upgrade", 11, {f(r, bytes, "code", "Vec<u8>")}, {"Provide the preimage (runtime binary) `code` for an upgrade that has been authorized."})});
}
RT_TYPE(LastRuntimeUpgradeInfoT) {
  return composite({"frame_system", "LastRuntimeUpgradeInfo"},
                   {f(r, r.id<Compact<uint32_t>>(), "spec_version", "codec::Compact<u32>"), f(r, r.id<std::string>(), "spec_name", "Cow<'static, str>")});
}
RT_TYPE(CodeUpgradeAuthorizationT) {
  return composite({"frame_system", "CodeUpgradeAuthorization"},
                   {f(r, r.id<H256T>(), "code_hash", "T::Hash"), f(r, r.id<bool>(), "check_version", "bool")});
}
RT_TYPE(SystemEventT) {
  const TypeId info = r.id<DispatchEventInfoT>();
  const TypeId account = r.id<AccountId32T>();
  const TypeId h256 = r.id<H256T>();
  return variant({"frame_system", "pallet", "Event"},
                 {v("ExtrinsicSuccess", 0, {f(r, info, "dispatch_info", "DispatchEventInfo")}),
                  v("ExtrinsicFailed", 1, {f(r, r.id<DispatchErrorT>(), "dispatch_error", "DispatchError"), f(r, info, "dispatch_info", "DispatchEventInfo")}),
                  v("CodeUpdated", 2), v("NewAccount", 3, {f(r, account, "account", "T::AccountId")}),
                  v("KilledAccount", 4, {f(r, account, "account", "T::AccountId")}),
                  v("Remarked", 5, {f(r, account, "sender", "T::AccountId"), f(r, h256, "hash", "T::Hash")}),
                  v("UpgradeAuthorized", 6, {f(r, h256, "code_hash", "T::Hash"), f(r, r.id<bool>(), "check_version", "bool")})});
}
RT_TYPE(SystemErrorT) {
  return variant({"frame_system", "pallet", "Error"},
                 unitVariants({"InvalidSpecName", "SpecVersionNeedsToIncrease", "FailedToExtractRuntimeVersion",
                               "NonDefaultComposite", "NonZeroRefCount", "CallFiltered", "MultiBlockMigrationsOngoing",
                               "NothingAuthorized", "Unauthorized"}));
}
RT_TYPE(TimestampCallT) {
  return variant({"pallet_timestamp", "pallet", "Call"},
                 {v("set", 0, {f(r, r.id<Compact<uint64_t>>(), "now", "T::Moment")}, {"Set the current time."})});
}
RT_TYPE(BalanceStatusT) { return variant({"frame_support", "traits", "tokens", "misc", "BalanceStatus"}, unitVariants({"Free", "Reserved"})); }
RT_TYPE(AdjustmentDirectionT) { return variant({"pallet_balances", "types", "AdjustmentDirection"}, unitVariants({"Increase", "Decrease"})); }
RT_TYPE(BalancesCallT) {
  const TypeId addr = r.id<MultiAddressT>();
  const TypeId value = r.id<Compact<u128>>();
  const TypeId b = r.id<bool>();
  return variant({"pallet_balances", "pallet", "Call"},
                 {v("transfer_allow_death", 0, {f(r, addr, "dest", "AccountIdLookupOf<T>"), f(r, value, "value", "T::Balance")}),
                  v("force_transfer", 2, {f(r, addr, "source", "AccountIdLookupOf<T>"), f(r, addr, "dest", "AccountIdLookupOf<T>"),
                                          f(r, value, "value", "T::Balance")}),
                  v("transfer_keep_alive", 3, {f(r, addr, "dest", "AccountIdLookupOf<T>"), f(r, value, "value", "T::Balance")}),
                  v("transfer_all", 4, {f(r, addr, "dest", "AccountIdLookupOf<T>"), f(r, b, "keep_alive", "bool")}),
                  v("force_unreserve", 5, {f(r, addr, "who", "AccountIdLookupOf<T>"), f(r, r.id<u128>(), "amount", "T::Balance")}),
                  v("upgrade_accounts", 6, {f(r, r.id<std::vector<AccountId32T>>(), "who", "Vec<T::AccountId>")}),
                  v("force_set_balance", 8, {f(r, addr, "who", "AccountIdLookupOf<T>"), f(r, value, "new_free", "T::Balance")}),
                  v("force_adjust_total_issuance", 9, {f(r, r.id<AdjustmentDirectionT>(), "direction", "AdjustmentDirection"),
                                                       f(r, value, "delta", "T::Balance")}),
                  v("burn", 10, {f(r, value, "value", "T::Balance"), f(r, b, "keep_alive", "bool")})});
}
RT_TYPE(BalancesEventT) {
  const TypeId a = r.id<AccountId32T>();
  const TypeId b = r.id<u128>();
  auto who_amount = [&](const char* name, uint8_t i) {
    return v(name, i, {f(r, a, "who", "T::AccountId"), f(r, b, "amount", "T::Balance")});
  };
  return variant({"pallet_balances", "pallet", "Event"},
                 {v("Endowed", 0, {f(r, a, "account", "T::AccountId"), f(r, b, "free_balance", "T::Balance")}),
                  v("DustLost", 1, {f(r, a, "account", "T::AccountId"), f(r, b, "amount", "T::Balance")}),
                  v("Transfer", 2, {f(r, a, "from", "T::AccountId"), f(r, a, "to", "T::AccountId"), f(r, b, "amount", "T::Balance")}),
                  v("BalanceSet", 3, {f(r, a, "who", "T::AccountId"), f(r, b, "free", "T::Balance")}), who_amount("Reserved", 4),
                  who_amount("Unreserved", 5),
                  v("ReserveRepatriated", 6, {f(r, a, "from", "T::AccountId"), f(r, a, "to", "T::AccountId"), f(r, b, "amount", "T::Balance"),
                                              f(r, r.id<BalanceStatusT>(), "destination_status", "Status")}),
                  who_amount("Deposit", 7), who_amount("Withdraw", 8), who_amount("Slashed", 9), who_amount("Minted", 10),
                  who_amount("Burned", 11), who_amount("Suspended", 12), who_amount("Restored", 13),
                  v("Upgraded", 14, {f(r, a, "who", "T::AccountId")}), v("Issued", 15, {f(r, b, "amount", "T::Balance")}),
                  v("Rescinded", 16, {f(r, b, "amount", "T::Balance")}), who_amount("Locked", 17), who_amount("Unlocked", 18),
                  who_amount("Frozen", 19), who_amount("Thawed", 20),
                  v("TotalIssuanceForced", 21, {f(r, b, "old", "T::Balance"), f(r, b, "new", "T::Balance")})});
}
RT_TYPE(BalancesErrorT) {
  return variant({"pallet_balances", "pallet", "Error"},
                 unitVariants({"VestingBalance", "LiquidityRestrictions", "InsufficientBalance", "ExistentialDeposit", "Expendability",
                               "ExistingVestingSchedule", "DeadAccount", "TooManyReserves", "TooManyHolds", "TooManyFreezes",
                               "IssuanceDeactivated", "DeltaZero"}));
}
RT_TYPE(SudoCallT) {
  const TypeId call = r.id<RuntimeCallT>();
  const TypeId addr = r.id<MultiAddressT>();
  return variant({"pallet_sudo", "pallet", "Call"},
                 {v("sudo", 0, {f(r, call, "call", "Box<<T as Config>::RuntimeCall>")}, {"Authenticates the sudo key and dispatches a function call with `Root` origin."}),
                  v("sudo_unchecked_weight", 1, {f(r, call, "call", "Box<<T as Config>::RuntimeCall>"), f(r, r.id<WeightT>(), "weight", "Weight")}),
                  v("set_key", 2, {f(r, addr, "new", "AccountIdLookupOf<T>")}),
                  v("sudo_as", 3, {f(r, addr, "who", "AccountIdLookupOf<T>"), f(r, call, "call", "Box<<T as Config>::RuntimeCall>")}),
                  v("remove_key", 4)});
}
RT_TYPE(SudoEventT) {
  const TypeId result = r.id<ResultDispatchT>();
  const TypeId account = r.id<AccountId32T>();
  return variant({"pallet_sudo", "pallet", "Event"},
                 {v("Sudid", 0, {f(r, result, "sudo_result", "DispatchResult")}),
                  v("KeyChanged", 1, {f(r, r.id<std::optional<AccountId32T>>(), "old", "Option<T::AccountId>"), f(r, account, "new", "T::AccountId")}),
                  v("KeyRemoved", 2), v("SudoAsDone", 3, {f(r, result, "sudo_result", "DispatchResult")})});
}
RT_TYPE(SudoErrorT) { return variant({"pallet_sudo", "pallet", "Error"}, unitVariants({"RequireSudo"})); }
RT_TYPE(TransactionPaymentEventT) {
  const TypeId b = r.id<u128>();
  return variant({"pallet_transaction_payment", "pallet", "Event"},
                 {v("TransactionFeePaid", 0, {f(r, r.id<AccountId32T>(), "who", "T::AccountId"), f(r, b, "actual_fee", "BalanceOf<T>"),
                                              f(r, b, "tip", "BalanceOf<T>")})});
}

// --- the runtime's outer enums ---
RT_TYPE(RuntimeCallT) {
  return variant({"cpp_runtime", "RuntimeCall"},
                 {v("System", kSystemIndex, {f(r, r.id<SystemCallT>(), {}, "self::sp_api_hidden_includes_construct_runtime::hidden_include::dispatch::CallableCallFor<System, Runtime>")}),
                  v("Timestamp", kTimestampIndex, {f(r, r.id<TimestampCallT>(), {}, "self::sp_api_hidden_includes_construct_runtime::hidden_include::dispatch::CallableCallFor<Timestamp, Runtime>")}),
                  v("Balances", kBalancesIndex, {f(r, r.id<BalancesCallT>(), {}, "self::sp_api_hidden_includes_construct_runtime::hidden_include::dispatch::CallableCallFor<Balances, Runtime>")}),
                  v("Sudo", kSudoIndex, {f(r, r.id<SudoCallT>(), {}, "self::sp_api_hidden_includes_construct_runtime::hidden_include::dispatch::CallableCallFor<Sudo, Runtime>")})});
}
RT_TYPE(RuntimeEventT) {
  return variant({"cpp_runtime", "RuntimeEvent"},
                 {v("System", kSystemIndex, {f(r, r.id<SystemEventT>(), {}, "frame_system::Event<Runtime>")}),
                  v("Balances", kBalancesIndex, {f(r, r.id<BalancesEventT>(), {}, "pallet_balances::Event<Runtime>")}),
                  v("TransactionPayment", kTransactionPaymentIndex,
                    {f(r, r.id<TransactionPaymentEventT>(), {}, "pallet_transaction_payment::Event<Runtime>")}),
                  v("Sudo", kSudoIndex, {f(r, r.id<SudoEventT>(), {}, "pallet_sudo::Event<Runtime>")})});
}
RT_TYPE(RuntimeErrorT) {
  return variant({"cpp_runtime", "RuntimeError"},
                 {v("System", kSystemIndex, {f(r, r.id<SystemErrorT>(), {}, "frame_system::Error<Runtime>")}),
                  v("Balances", kBalancesIndex, {f(r, r.id<BalancesErrorT>(), {}, "pallet_balances::Error<Runtime>")}),
                  v("Sudo", kSudoIndex, {f(r, r.id<SudoErrorT>(), {}, "pallet_sudo::Error<Runtime>")})});
}
RT_TYPE(EventRecordT) {
  const TypeId event = r.id<RuntimeEventT>();
  const TypeId h256 = r.id<H256T>();
  return composite({"frame_system", "EventRecord"},
                   {f(r, r.id<PhaseT>(), "phase", "Phase"), f(r, event, "event", "E"), f(r, r.id<std::vector<H256T>>(), "topics", "Vec<T>")},
                   {TypeParameter{"E", event}, TypeParameter{"T", h256}});
}

// The signed extensions, in the runtime's order (frame_system::extensions::*, pallet_transaction_payment).
#define RT_EXTENSION(N, ...) RT_TYPE(ExtensionT<N>)
RT_EXTENSION(0) { return composite({"frame_system", "extensions", "check_non_zero_sender", "CheckNonZeroSender"}, {}, {TypeParameter{"T", std::nullopt}}); }
RT_EXTENSION(1) { return composite({"frame_system", "extensions", "check_spec_version", "CheckSpecVersion"}, {}, {TypeParameter{"T", std::nullopt}}); }
RT_EXTENSION(2) { return composite({"frame_system", "extensions", "check_tx_version", "CheckTxVersion"}, {}, {TypeParameter{"T", std::nullopt}}); }
RT_EXTENSION(3) { return composite({"frame_system", "extensions", "check_genesis", "CheckGenesis"}, {}, {TypeParameter{"T", std::nullopt}}); }
RT_EXTENSION(4) { return composite({"frame_system", "extensions", "check_mortality", "CheckMortality"}, {f(r, r.id<EraT>(), {}, "Era")}, {TypeParameter{"T", std::nullopt}}); }
RT_EXTENSION(5) { return composite({"frame_system", "extensions", "check_nonce", "CheckNonce"}, {f(r, r.id<Compact<uint32_t>>(), {}, "T::Nonce")}, {TypeParameter{"T", std::nullopt}}); }
RT_EXTENSION(6) { return composite({"frame_system", "extensions", "check_weight", "CheckWeight"}, {}, {TypeParameter{"T", std::nullopt}}); }
RT_EXTENSION(7) { return composite({"pallet_transaction_payment", "ChargeTransactionPayment"}, {f(r, r.id<Compact<u128>>(), {}, "BalanceOf<T>")}, {TypeParameter{"T", std::nullopt}}); }
#undef RT_EXTENSION
RT_TYPE(SignedExtraTupleT) {
  Type t;
  t.kind = Type::Kind::Tuple;
  t.tuple = {r.id<ExtensionT<0>>(), r.id<ExtensionT<1>>(), r.id<ExtensionT<2>>(), r.id<ExtensionT<3>>(),
             r.id<ExtensionT<4>>(), r.id<ExtensionT<5>>(), r.id<ExtensionT<6>>(), r.id<ExtensionT<7>>()};
  return t;
}
RT_TYPE(UncheckedExtrinsicT) {
  return composite({"sp_runtime", "generic", "unchecked_extrinsic", "UncheckedExtrinsic"},
                   {f(r, r.id<std::vector<uint8_t>>())},
                   {TypeParameter{"Address", r.id<MultiAddressT>()}, TypeParameter{"Call", r.id<RuntimeCallT>()},
                    TypeParameter{"Signature", r.id<MultiSignatureT>()}, TypeParameter{"Extra", r.id<SignedExtraTupleT>()}});
}
RT_TYPE(RuntimeT) { return composite({"cpp_runtime", "Runtime"}, {}); }
#undef RT_TYPE

namespace {

std::vector<uint8_t> le(uint64_t v, int bytes) {
  std::vector<uint8_t> out;
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
  return out;
}

StorageEntry plain(std::string name, StorageModifier m, TypeId ty, std::vector<uint8_t> def, std::string doc) {
  return StorageEntry{std::move(name), m, {}, 0, ty, std::move(def), {std::move(doc)}};
}

StorageEntry map(std::string name, StorageModifier m, uint8_t hasher, TypeId key, TypeId value, std::vector<uint8_t> def,
                 std::string doc) {
  return StorageEntry{std::move(name), m, {hasher}, key, value, std::move(def), {std::move(doc)}};
}

constexpr auto D = StorageModifier::Default;
constexpr auto O = StorageModifier::Optional;

}  // namespace

RuntimeMetadata describeRuntime(Registry& r) {
  RuntimeMetadata m;
  const TypeId account = r.id<AccountId32T>();
  const TypeId h256 = r.id<H256T>();
  const TypeId u32 = r.id<uint32_t>();
  const TypeId u64 = r.id<uint64_t>();
  const TypeId b = r.id<unsigned __int128>();

  // System.
  {
    Pallet p;
    p.name = "System";
    p.index = kSystemIndex;
    p.storage_prefix = "System";
    std::vector<uint8_t> account_default(16, 0);
    for (int i = 0; i < 3; ++i) account_default.insert(account_default.end(), 16, 0);
    const auto flags = [] { std::vector<uint8_t> f(16, 0); f[15] = 0x80; return f; }();
    account_default.insert(account_default.end(), flags.begin(), flags.end());
    p.storage = {
        map("Account", D, support::Blake2_128Concat::kMetadataIndex, account, r.id<AccountInfoT>(), account_default,
            " The full account information for a particular account ID."),
        plain("ExtrinsicCount", O, u32, {}, " Total extrinsics count for the current block."),
        plain("InherentsApplied", D, r.id<bool>(), {0}, " Whether all inherents have been applied."),
        plain("BlockWeight", D, r.id<PerDispatchClassWeightT>(), std::vector<uint8_t>(6, 0), " The current weight for the block."),
        plain("AllExtrinsicsLen", O, u32, {}, " Total length (in bytes) for all extrinsics put together, for the current block."),
        map("BlockHash", D, support::Twox64Concat::kMetadataIndex, u32, h256, std::vector<uint8_t>(32, 0), " Map of block numbers to block hashes."),
        map("ExtrinsicData", D, support::Twox64Concat::kMetadataIndex, u32, r.id<std::vector<uint8_t>>(), {0},
            " Extrinsics data for the current block (maps an extrinsic's index to its data)."),
        plain("Number", D, u32, le(0, 4), " The current block number being processed. Set by `execute_block`."),
        plain("ParentHash", D, h256, std::vector<uint8_t>(32, 0), " Hash of the previous block."),
        plain("Digest", D, r.id<DigestT>(), {0}, " Digest of the current block, also part of the block header."),
        plain("Events", D, r.id<std::vector<EventRecordT>>(), {0}, " Events deposited for the current block."),
        plain("EventCount", D, u32, le(0, 4), " The number of events in the `Events<T>` list."),
        map("EventTopics", D, support::Blake2_128Concat::kMetadataIndex, h256, r.id<std::vector<std::tuple<uint32_t, uint32_t>>>(),
            {0}, " Mapping between a topic (represented by T::Hash) and a vector of indexes of events in the `<Events<T>>` list."),
        plain("LastRuntimeUpgrade", O, r.id<LastRuntimeUpgradeInfoT>(), {},
              " Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened."),
        plain("ExecutionPhase", O, r.id<PhaseT>(), {}, " The execution phase of the block."),
        plain("AuthorizedUpgrade", O, r.id<CodeUpgradeAuthorizationT>(), {}, " `Some` if a code upgrade has been authorized."),
    };
    p.calls = r.id<SystemCallT>();
    p.event = r.id<SystemEventT>();
    p.error = r.id<SystemErrorT>();
    p.constants = {Constant{"BlockHashCount", u32, le(kBlockHashCount, 4), {" Maximum number of block number to block hash mappings to keep (oldest pruned first)."}},
                   Constant{"SS58Prefix", r.id<uint16_t>(), le(42, 2), {" The designated SS58 prefix of this chain."}}};
    p.docs = {"Block bookkeeping, accounts and events (frame_system)."};
    m.pallets.push_back(std::move(p));
  }
  // Timestamp.
  {
    Pallet p;
    p.name = "Timestamp";
    p.index = kTimestampIndex;
    p.storage_prefix = "Timestamp";
    p.storage = {plain("Now", D, u64, le(0, 8), " The current time for the current block."),
                 plain("DidUpdate", D, r.id<bool>(), {0}, " Whether the timestamp has been updated in this block.")};
    p.calls = r.id<TimestampCallT>();
    p.constants = {Constant{"MinimumPeriod", u64, le(pallets::timestamp::kMinimumPeriod, 8),
                            {" The minimum period between blocks."}}};
    m.pallets.push_back(std::move(p));
  }
  // Balances.
  {
    Pallet p;
    p.name = "Balances";
    p.index = kBalancesIndex;
    p.storage_prefix = "Balances";
    p.storage = {plain("TotalIssuance", D, b, std::vector<uint8_t>(16, 0), " The total units issued in the system."),
                 plain("InactiveIssuance", D, b, std::vector<uint8_t>(16, 0), " The total units of outstanding deactivated balance in the system.")};
    p.calls = r.id<BalancesCallT>();
    p.event = r.id<BalancesEventT>();
    p.error = r.id<BalancesErrorT>();
    std::vector<uint8_t> ed(16, 0);
    for (int i = 0; i < 16; ++i) ed[static_cast<size_t>(i)] = static_cast<uint8_t>(kExistentialDeposit >> (8 * i));
    p.constants = {Constant{"ExistentialDeposit", b, ed, {" The minimum amount required to keep an account open."}}};
    m.pallets.push_back(std::move(p));
  }
  // TransactionPayment.
  {
    Pallet p;
    p.name = "TransactionPayment";
    p.index = kTransactionPaymentIndex;
    p.storage_prefix = "TransactionPayment";
    std::vector<uint8_t> one(16, 0);
    for (int i = 0; i < 16; ++i) one[static_cast<size_t>(i)] = static_cast<uint8_t>(pallets::transaction_payment::kFixedOne >> (8 * i));
    p.storage = {plain("NextFeeMultiplier", D, r.id<MultiplierT>(), one, "")};
    p.event = r.id<TransactionPaymentEventT>();
    p.constants = {Constant{"OperationalFeeMultiplier", r.id<uint8_t>(), {pallets::transaction_payment::kOperationalFeeMultiplier},
                            {" A fee multiplier for `Operational` extrinsics to compute \"virtual tip\" to boost their `priority`."}}};
    m.pallets.push_back(std::move(p));
  }

  // Sudo.
  {
    Pallet p;
    p.name = "Sudo";
    p.index = kSudoIndex;
    p.storage_prefix = "Sudo";
    p.storage = {plain("Key", O, account, {}, " The `AccountId` of the sudo key.")};
    p.calls = r.id<SudoCallT>();
    p.event = r.id<SudoEventT>();
    p.error = r.id<SudoErrorT>();
    m.pallets.push_back(std::move(p));
  }

  // The extrinsic format and the signed extensions (extra, additional_signed).
  m.extrinsic.version = 4;
  m.extrinsic.ty = r.id<UncheckedExtrinsicT>();
  m.extrinsic.address_ty = r.id<MultiAddressT>();
  m.extrinsic.call_ty = r.id<RuntimeCallT>();
  m.extrinsic.signature_ty = r.id<MultiSignatureT>();
  m.extrinsic.extra_ty = r.id<SignedExtraTupleT>();
  const TypeId unit = r.id<std::tuple<>>();
  m.extrinsic.signed_extensions = {
      SignedExtension{"CheckNonZeroSender", r.id<ExtensionT<0>>(), unit},
      SignedExtension{"CheckSpecVersion", r.id<ExtensionT<1>>(), u32},
      SignedExtension{"CheckTxVersion", r.id<ExtensionT<2>>(), u32},
      SignedExtension{"CheckGenesis", r.id<ExtensionT<3>>(), h256},
      SignedExtension{"CheckMortality", r.id<ExtensionT<4>>(), h256},
      SignedExtension{"CheckNonce", r.id<ExtensionT<5>>(), unit},
      SignedExtension{"CheckWeight", r.id<ExtensionT<6>>(), unit},
      SignedExtension{"ChargeTransactionPayment", r.id<ExtensionT<7>>(), unit},
  };
  m.runtime_ty = r.id<RuntimeT>();
  m.call_enum_ty = r.id<RuntimeCallT>();
  m.event_enum_ty = r.id<RuntimeEventT>();
  m.error_enum_ty = r.id<RuntimeErrorT>();
  (void)b;
  return m;
}

}  // namespace rt::runtime::metadata
