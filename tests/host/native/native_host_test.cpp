// SPDX-License-Identifier: Apache-2.0
// host/native: host functions called directly, with the marshalling a wasm runtime sees.
#include <doctest/doctest.h>

#include "codec/codec.hpp"
#include "host/hashing/blake2b.hpp"
#include "host/native/native_host.hpp"

using namespace rt::hostlib;
using Bytes = std::vector<uint8_t>;

namespace {
std::span<const uint8_t> bytes(std::string_view s) {
  return std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(s.data()), s.size());
}
}  // namespace

TEST_CASE("storage calls act on the scope's externalities") {
  engine::Externalities ext;
  native::NativeCallScope scope(ext);
  REQUIRE(native::callHost("ext_storage_set_version_1", {bytes("k"), bytes("v")}).has_value());
  CHECK(ext.storage.get({}, Bytes{'k'}) == Bytes{'v'});
  auto got = native::callHost("ext_storage_get_version_1", {bytes("k")}, native::ReturnKind::kBytes);
  REQUIRE(got.has_value());
  CHECK(got.value().bytes == rt::codec::encode(std::optional<Bytes>(Bytes{'v'})));
}

TEST_CASE("hashing returns the digest behind a bare pointer") {
  auto r = native::callHost("ext_hashing_blake2_256_version_1", {bytes("abc")}, native::ReturnKind::kPointer, 32);
  REQUIRE(r.has_value());
  const auto expected = hashing::blake2b256(bytes("abc"));
  CHECK(r.value().bytes == Bytes(expected.begin(), expected.end()));
}

TEST_CASE("scopes nest; host failures are errors, not crashes") {
  engine::Externalities outer;
  engine::Externalities inner;
  native::NativeCallScope a(outer);
  {
    native::NativeCallScope b(inner);
    REQUIRE(native::callHost("ext_storage_set_version_1", {bytes("x"), bytes("1")}).has_value());
  }
  REQUIRE(native::callHost("ext_storage_set_version_1", {bytes("y"), bytes("2")}).has_value());
  CHECK(inner.storage.exists({}, Bytes{'x'}));
  CHECK(!outer.storage.exists({}, Bytes{'x'}));
  CHECK(outer.storage.exists({}, Bytes{'y'}));
  CHECK(!native::callHost("ext_storage_commit_transaction_version_1", {}).has_value());
  CHECK(!native::callHost("ext_no_such_function", {}).has_value());
}
