// SPDX-License-Identifier: Apache-2.0
// The Sudo and System-calls suites' mock runtime: a RuntimeCall over System, Balances and Sudo
// (the composition the executive will have once Sudo and System's calls are wired in), with
// Sudo's RuntimeCalls built on it; System.Events decoded for every pallet; call encodings and a
// minimal wasm runtime whose Core_version returns a chosen RuntimeVersion (for set_code).
#pragma once

#include <doctest/doctest.h>

#include <optional>
#include <string_view>
#include <vector>

#include "balances/balances_fixture.hpp"
#include "pallets/sudo/sudo.hpp"
#include "pallets/system/calls.hpp"
#include "runtime/host/hashing.hpp"
#include "runtime/version.hpp"

namespace rt::pallets::test {

using Bytes = std::vector<uint8_t>;

// --- the test runtime's RuntimeCall ---

/// RuntimeCall's length at the start of `bytes`. Balances exposes no prefix decoder, so its
/// arguments' length is the one prefix that isValidCall accepts (SCALE is prefix-free).
std::optional<size_t> testCallLength(std::span<const uint8_t> bytes);

/// Sudo's RuntimeCalls over the test runtime (System, Balances, Sudo).
const sudo::RuntimeCalls& testCalls();

inline std::optional<size_t> testCallLength(std::span<const uint8_t> bytes) {
  if (bytes.size() < 2) return std::nullopt;
  const auto args = bytes.subspan(2);
  std::optional<size_t> n;
  switch (bytes[0]) {
    case system::kIndex:
      n = system::argsLength(bytes[1], args);
      break;
    case balances::kIndex:
      for (size_t len = 0; len <= args.size() && !n; ++len) {
        if (balances::isValidCall(bytes[1], args.first(len))) n = len;
      }
      break;
    case sudo::kIndex:
      n = sudo::argsLength(bytes[1], args, testCalls());
      break;
    default:
      break;
  }
  if (!n) return std::nullopt;
  return 2 + *n;
}

inline std::optional<p::DispatchInfo> testCallInfo(std::span<const uint8_t> call) {
  if (call.size() < 2) return std::nullopt;
  const auto args = call.subspan(2);
  switch (call[0]) {
    case system::kIndex:
      if (!system::isValidCall(call[1], args)) return std::nullopt;
      return system::callInfo(call[1], args);
    case balances::kIndex: {
      if (!balances::isValidCall(call[1], args)) return std::nullopt;
      p::DispatchInfo info;
      info.call_weight = balances::callWeight(call[1], args);
      return info;
    }
    case sudo::kIndex:
      if (!sudo::isValidCall(call[1], args, testCalls())) return std::nullopt;
      return sudo::callInfo(call[1], args, testCalls());
    default:
      return std::nullopt;
  }
}

inline rt::Result<rt::Unit, p::DispatchError> testDispatch(const support::Origin& origin, std::span<const uint8_t> call) {
  if (call.size() < 2) return rt::Err(p::DispatchError::other("undecodable call"));
  const auto args = call.subspan(2);
  p::PostDispatchInfo post;
  switch (call[0]) {
    case system::kIndex:
      return system::dispatch(origin, call[1], args, post);
    case balances::kIndex:
      return balances::dispatch(origin, call[1], args, post);
    case sudo::kIndex:
      return sudo::dispatch(origin, call[1], args, post, testCalls());
    default:
      return rt::Err(p::DispatchError::other("undecodable call"));
  }
}

inline const sudo::RuntimeCalls& testCalls() {
  static const sudo::RuntimeCalls calls{&testCallLength, &testCallInfo, &testDispatch};
  return calls;
}

// --- encodings ---

inline void append(Bytes& out, std::span<const uint8_t> more) { out.insert(out.end(), more.begin(), more.end()); }
inline Bytes bytesOf(std::string_view s) { return Bytes(s.begin(), s.end()); }

/// A RuntimeCall: pallet, call index, arguments.
inline Bytes runtimeCall(uint8_t pallet, uint8_t index, std::span<const uint8_t> args = {}) {
  Bytes out{pallet, index};
  append(out, args);
  return out;
}
/// Balances.force_set_balance(Id(who), new_free).
inline Bytes forceSetBalanceCall(const p::AccountId32& who, Balance value) {
  return runtimeCall(balances::kIndex, balances::kForceSetBalance, destValue(who, value));
}
/// System.remark_with_event(remark).
inline Bytes remarkWithEventCall(std::string_view remark) {
  return runtimeCall(system::kIndex, system::kRemarkWithEvent, codec::encode(bytesOf(remark)));
}

// --- System.Events, decoded for every pallet of the test runtime ---

/// Every RuntimeEvent in System.Events, as (pallet, body); fails the test on anything it cannot
/// parse.
inline std::vector<Event> runtimeEvents() {
  std::vector<Event> out;
  auto raw = host::storage::get(system::kEventsKey);
  if (!raw) return out;
  const Bytes bytes(raw->begin(), raw->end());
  codec::Decoder d(bytes);
  uint32_t count = 0;
  d(codec::asCompact(count));
  for (uint32_t i = 0; i < count && d.ok(); ++i) {
    p::Phase phase;
    d(phase);
    Event e;
    d(e.pallet);
    const size_t start = d.offset();
    const uint8_t variant = d.takeByte();
    if (e.pallet == system::kIndex) {
      switch (variant) {
        case 0: {
          p::DispatchInfo info;
          d(info);
          break;
        }
        case 1: {
          p::DispatchError err;
          p::DispatchInfo info;
          d(err, info);
          break;
        }
        case 2:
          break;  // CodeUpdated
        case 5:
          (void)d.take(64);  // Remarked { sender, hash }
          break;
        case 6:
          (void)d.take(33);  // UpgradeAuthorized { code_hash, check_version }
          break;
        default:
          (void)d.take(32);  // NewAccount, KilledAccount
          break;
      }
    } else if (e.pallet == balances::kIndex) {
      (void)d.take(balancesFieldsSize(variant));
    } else if (e.pallet == sudo::kIndex) {
      if (variant == 0 || variant == 3) {
        if (d.takeByte() != 0) {
          p::DispatchError err;
          d(err);
        }
      } else if (variant == 1) {
        std::optional<p::AccountId32> old;
        p::AccountId32 now;
        d(old, now);
      } else if (variant != 2) {
        FAIL("unexpected Sudo event " << int(variant));
      }
    } else {
      FAIL("unexpected pallet in System.Events: " << int(e.pallet));
    }
    e.body.assign(bytes.begin() + static_cast<std::ptrdiff_t>(start), bytes.begin() + static_cast<std::ptrdiff_t>(d.offset()));
    std::vector<p::H256> topics;
    d(topics);
    out.push_back(std::move(e));
  }
  d.expectEnd();
  REQUIRE(d.ok());
  REQUIRE(out.size() == system::EventCount::get());
  return out;
}

/// A DispatchResult's encoding.
inline Bytes resultBytes(const rt::Result<rt::Unit, p::DispatchError>& r) {
  if (r) return Bytes{0};
  Bytes out{1};
  append(out, codec::encode(r.error()));
  return out;
}
/// Sudo.Sudid { sudo_result }.
inline Event sudid(const rt::Result<rt::Unit, p::DispatchError>& r) {
  Event e{sudo::kIndex, {0}};
  append(e.body, resultBytes(r));
  return e;
}
/// Sudo.SudoAsDone { sudo_result }.
inline Event sudoAsDone(const rt::Result<rt::Unit, p::DispatchError>& r) {
  Event e{sudo::kIndex, {3}};
  append(e.body, resultBytes(r));
  return e;
}
/// Sudo.KeyChanged { old, new }.
inline Event keyChanged(std::optional<p::AccountId32> old, const p::AccountId32& now) {
  Event e{sudo::kIndex, {1}};
  if (old) {
    e.body.push_back(1);
    putAccount(e.body, *old);
  } else {
    e.body.push_back(0);
  }
  putAccount(e.body, now);
  return e;
}
/// Sudo.KeyRemoved.
inline Event keyRemoved() { return Event{sudo::kIndex, {2}}; }
/// System.Remarked { sender, hash }.
inline Event remarked(const p::AccountId32& sender, std::string_view remark) {
  Event e{system::kIndex, {5}};
  putAccount(e.body, sender);
  const Bytes r = bytesOf(remark);
  append(e.body, host::hashing::blake2_256(r));
  return e;
}
/// System.CodeUpdated.
inline Event codeUpdated() { return Event{system::kIndex, {2}}; }
/// System.UpgradeAuthorized { code_hash, check_version }.
inline Event upgradeAuthorized(const p::H256& hash, bool check_version) {
  Event e{system::kIndex, {6}};
  append(e.body, hash.bytes);
  e.body.push_back(check_version ? 1 : 0);
  return e;
}

// --- a minimal runtime for set_code ---

inline void uleb(Bytes& out, uint64_t v) {
  do {
    uint8_t b = v & 0x7f;
    v >>= 7;
    if (v != 0) b |= 0x80;
    out.push_back(b);
  } while (v != 0);
}
inline void sleb(Bytes& out, int64_t v) {
  for (;;) {
    uint8_t b = static_cast<uint8_t>(v & 0x7f);
    v >>= 7;
    if ((v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0)) {
      out.push_back(b);
      return;
    }
    out.push_back(b | 0x80);
  }
}
inline void section(Bytes& out, uint8_t id, const Bytes& content) {
  out.push_back(id);
  uleb(out, content.size());
  append(out, content);
}

/// A wasm module (imported env.memory, exported __heap_base and __data_end) whose Core_version returns `payload`.
inline Bytes versionModule(std::span<const uint8_t> payload) {
  constexpr uint32_t kPtr = 16;
  Bytes m{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
  section(m, 1, {1, 0x60, 2, 0x7f, 0x7f, 1, 0x7e});  // (i32, i32) -> i64
  section(m, 2, {1, 3, 'e', 'n', 'v', 6, 'm', 'e', 'm', 'o', 'r', 'y', 0x02, 0x00, 0x01});
  section(m, 3, {1, 0});
  Bytes globals{2};  // __heap_base, __data_end: immutable i32
  for (int64_t value : {8192, 4096}) {
    globals.insert(globals.end(), {0x7f, 0x00, 0x41});
    sleb(globals, value);
    globals.push_back(0x0b);
  }
  section(m, 6, globals);
  Bytes exports{3, 11};
  append(exports, bytesOf("__heap_base"));
  exports.insert(exports.end(), {0x03, 0, 10});
  append(exports, bytesOf("__data_end"));
  exports.insert(exports.end(), {0x03, 1, 12});
  append(exports, bytesOf("Core_version"));
  exports.insert(exports.end(), {0x00, 0});
  section(m, 7, exports);
  Bytes body{0, 0x42};
  sleb(body, static_cast<int64_t>((uint64_t{payload.size()} << 32) | kPtr));
  body.push_back(0x0b);
  Bytes code{1};
  uleb(code, body.size());
  append(code, body);
  section(m, 10, code);
  Bytes data{1, 0x00, 0x41};
  sleb(data, kPtr);
  data.push_back(0x0b);
  uleb(data, payload.size());
  append(data, payload);
  section(m, 11, data);
  return m;
}

/// A runtime whose version is this runtime's with `spec_name` and `spec_version`.
inline Bytes runtimeWithVersion(std::string_view spec_name, uint32_t spec_version) {
  runtime::RuntimeVersion v = runtime::kRuntimeVersion;
  v.spec_name = spec_name;
  v.spec_version = spec_version;
  return versionModule(runtime::encodeRuntimeVersion(v));
}

/// blake2_256 as an H256.
inline p::H256 hashOf(std::span<const uint8_t> data) {
  p::H256 h;
  h.bytes = host::hashing::blake2_256(data);
  return h;
}

/// DispatchError::Module for System error `e`.
inline p::DispatchError systemError(system::Error e) { return p::DispatchError::moduleError(system::kIndex, static_cast<uint8_t>(e)); }
/// DispatchError::Module for Sudo error `e`.
inline p::DispatchError sudoError(sudo::Error e) { return p::DispatchError::moduleError(sudo::kIndex, static_cast<uint8_t>(e)); }

/// The storage value at a well-known (unhashed) key.
inline std::optional<Bytes> rawGet(std::string_view key) {
  const Bytes k = bytesOf(key);
  auto v = host::storage::get(k);
  if (!v) return std::nullopt;
  return Bytes(v->begin(), v->end());
}

}  // namespace rt::pallets::test
