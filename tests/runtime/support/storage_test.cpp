// SPDX-License-Identifier: Apache-2.0
// FRAME storage items: keys equal FRAME's (checked against keys of the node-template's genesis),
// values round-trip through the host, query kinds and transactional rollback behave as FRAME's.
#include <doctest/doctest.h>

#include "gc/gc.hpp"
#include "host/native/native_host.hpp"
#include "runtime/support/storage.hpp"
#include "runtime/support/transactional.hpp"
#include "rt/result.hpp"

using namespace rt::support;
using Bytes = std::vector<uint8_t>;
using AccountId = std::array<uint8_t, 32>;

namespace {

struct Call {
  rt::hostlib::engine::Externalities ext;
  rt::hostlib::native::NativeCallScope scope{ext};
  Call() { rt::gc::callBegin(); }
  ~Call() { rt::gc::callEnd(); }
};

std::string hex(std::span<const uint8_t> b) {
  static constexpr char d[] = "0123456789abcdef";
  std::string s;
  for (uint8_t x : b) {
    s += d[x >> 4];
    s += d[x & 15];
  }
  return s;
}

constexpr AccountId kAlice = {0xd4, 0x35, 0x93, 0xc7, 0x15, 0xfd, 0xd3, 0x1c, 0x61, 0x14, 0x1a,
                              0xbd, 0x04, 0xa9, 0x9f, 0xd6, 0x82, 0x2c, 0x85, 0x58, 0x85, 0x4c,
                              0xcd, 0xe3, 0x9a, 0x56, 0x84, 0xe7, 0xa5, 0x6d, 0xa2, 0x7d};

using Number = StorageValue<"System", "Number", uint32_t>;
using Account = StorageMap<"System", "Account", Blake2_128Concat, AccountId, Bytes, OptionQuery>;
using Nonces = StorageMap<"Test", "Nonces", Twox64Concat, uint32_t, uint64_t>;
using Approvals = StorageDoubleMap<"Test", "Approvals", Blake2_128Concat, uint32_t, Identity, uint8_t, bool>;

}  // namespace

TEST_CASE("keys are FRAME's") {
  Call call;
  CHECK(hex(Number::kKey) == "26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac");
  // System.Account of //Alice, as in every dev chain's genesis.
  const auto key = Account::key(kAlice);
  CHECK(hex(key) ==
        "26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9"
        "de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
  const auto twox_key = Nonces::key(7);
  CHECK(twox_key.size() == 32 + 8 + 4);
  CHECK(Approvals::key(1, 2).size() == 32 + 16 + 4 + 1);
}

TEST_CASE("values, query kinds, mutate, take") {
  Call call;
  CHECK(Number::get() == 0);  // ValueQuery: absent reads as the default
  CHECK(!Number::tryGet().has_value());
  Number::put(42);
  CHECK(Number::get() == 42);
  Number::mutate([](uint32_t& n) { ++n; });
  CHECK(Number::take() == 43);
  CHECK(!Number::exists());

  CHECK(!Account::get(kAlice).has_value());  // OptionQuery
  Account::insert(kAlice, Bytes{1, 2, 3});
  CHECK(Account::get(kAlice) == Bytes{1, 2, 3});
  Account::remove(kAlice);
  CHECK(!Account::contains(kAlice));

  Nonces::mutate(5, [](uint64_t& n) { n += 10; });
  CHECK(Nonces::get(5) == 10);
  Approvals::insert(1, 2, true);
  CHECK(Approvals::get(1, 2));
  CHECK(!Approvals::get(2, 1));

  // An undecodable value reads as the default under ValueQuery (FRAME: "corrupted state").
  rt::host::storage::set(Number::kKey, Bytes{1});
  CHECK(Number::get() == 0);
}

TEST_CASE("withTransaction commits on success and rolls back on failure") {
  Call call;
  using R = rt::Result<int, int>;
  auto ok = withTransaction([] {
    Number::put(1);
    return R(5);
  });
  CHECK(ok.has_value());
  CHECK(Number::get() == 1);
  auto failed = withTransaction([] {
    Number::put(2);
    return R(rt::Err(7));
  });
  CHECK(!failed.has_value());
  CHECK(Number::get() == 1);
}
