// SPDX-License-Identifier: Apache-2.0
// rt::host storage/hashing/crypto in the native build: the runtime's calls reach the host
// library's ext_* functions (host/native) and come back decoded, in GC memory.
#include <doctest/doctest.h>

#include "gc/gc.hpp"
#include "host/crypto/from_uri.hpp"
#include "host/hashing/hashing.hpp"
#include "host/native/native_host.hpp"
#include "host/storage/state_root.hpp"
#include "runtime/host/crypto.hpp"
#include "runtime/host/hashing.hpp"
#include "runtime/host/storage.hpp"

namespace storage = rt::host::storage;
using Bytes = std::vector<uint8_t>;

namespace {
std::span<const uint8_t> b(std::string_view s) { return {reinterpret_cast<const uint8_t*>(s.data()), s.size()}; }
Bytes vec(const rt::gc::ByteBuffer& v) { return Bytes(v.begin(), v.end()); }

struct Call {
  rt::hostlib::engine::Externalities ext;
  rt::hostlib::native::NativeCallScope scope{ext};
  Call() { rt::gc::callBegin(); }
  ~Call() { rt::gc::callEnd(); }
};
}  // namespace

TEST_CASE("storage round trip, transactions, prefix clearing, next key, root") {
  Call call;
  storage::set(b("a1"), b("x"));
  storage::set(b("a2"), b("y"));
  REQUIRE(storage::get(b("a1")).has_value());
  CHECK(vec(*storage::get(b("a1"))) == Bytes{'x'});
  CHECK(!storage::get(b("zz")).has_value());
  CHECK(storage::exists(b("a2")));
  CHECK(vec(*storage::nextKey(b("a1"))) == Bytes{'a', '2'});

  storage::startTransaction();
  storage::clear(b("a1"));
  storage::rollbackTransaction();
  CHECK(storage::exists(b("a1")));

  storage::append(b("list"), Bytes{9});
  CHECK(vec(*storage::get(b("list"))) == (Bytes{0x04, 9}));

  const auto r = storage::clearPrefix(b("a"), std::nullopt);
  CHECK(r.all_removed);
  CHECK(!storage::exists(b("a1")));
  CHECK(storage::root(1) == rt::hostlib::storage::stateRoot(call.ext.storage, rt::hostlib::trie::StateVersion::V1));
}

TEST_CASE("hashing and signature checks agree with the host library") {
  Call call;
  const auto h = rt::host::hashing::blake2_256(b("abc"));
  CHECK(h == rt::hostlib::hashing::blake2b256(b("abc")));
  CHECK(rt::host::hashing::twox128(b("System")) == rt::hostlib::hashing::twox128(b("System")));

  auto alice = rt::hostlib::crypto::sr25519FromUri("//Alice");
  REQUIRE(alice.has_value());
  const auto sig = rt::hostlib::crypto::sr25519::sign(alice.value(), b("msg"));
  CHECK(rt::host::crypto::sr25519Verify(sig, b("msg"), alice.value().public_key));
  CHECK(!rt::host::crypto::sr25519Verify(sig, b("other"), alice.value().public_key));
}
