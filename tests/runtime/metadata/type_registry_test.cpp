// SPDX-License-Identifier: Apache-2.0
// runtime/metadata: the build-time type registry encodes as scale-info's PortableRegistry; the
// host's metadata decoder (host/metadata, itself checked against @polkadot/types) reads it back.
#include <doctest/doctest.h>

#include "host/metadata/metadata.hpp"
#include "runtime/metadata/type_registry.hpp"

using namespace rt::runtime::metadata;

namespace {

struct AccountData {};
struct Call {};

}  // namespace

template <>
struct rt::runtime::metadata::TypeInfo<AccountData> {
  static Type describe(Registry& r) {
    return composite({"pallet_balances", "types", "AccountData"},
                     {r.field<unsigned __int128>("free", "Balance"), r.field<unsigned __int128>("reserved", "Balance")});
  }
};

template <>
struct rt::runtime::metadata::TypeInfo<Call> {
  static Type describe(Registry& r) {
    return variant({"pallet_balances", "pallet", "Call"},
                   {Variant{"transfer_keep_alive",
                            {r.field<std::array<uint8_t, 32>>("dest"), r.field<Compact<unsigned __int128>>("value", "T::Balance")},
                            3,
                            {"Same as the transfer call, but with a check that the transfer will not kill the origin account."}}});
  }
};

TEST_CASE("a registry round-trips through the host's metadata decoder") {
  Registry r;
  const TypeId data = r.id<AccountData>();
  const TypeId call = r.id<Call>();
  const TypeId opt = r.id<std::optional<uint32_t>>();
  CHECK(r.id<AccountData>() == data);  // one id per C++ type

  // RuntimeMetadataPrefixed v14 with no pallets: "meta", 14, registry, pallets, extrinsic, runtime type.
  std::vector<uint8_t> bytes = {'m', 'e', 't', 'a', 14};
  const auto registry = r.encode();
  bytes.insert(bytes.end(), registry.begin(), registry.end());
  bytes.push_back(0);                                        // pallets: []
  bytes.push_back(static_cast<uint8_t>(call << 2));          // extrinsic.ty (compact, small id)
  bytes.push_back(4);                                        // extrinsic.version
  bytes.push_back(0);                                        // signed_extensions: []
  bytes.push_back(static_cast<uint8_t>(data << 2));          // runtime type
  auto parsed = rt::hostlib::metadata::parseMetadata(bytes);
  REQUIRE_MESSAGE(parsed.has_value(), (parsed ? "" : parsed.error()));
  const auto& m = parsed.value();
  CHECK(m.version() == 14);
  const auto* t = m.type(call);
  REQUIRE(t != nullptr);
  REQUIRE(t->path.size() == 3);
  CHECK(t->path[2] == "Call");
  const auto* o = m.type(opt);
  REQUIRE(o != nullptr);
  CHECK(o->path == std::vector<std::string>{"Option"});
  CHECK(r.types().size() >= 6);  // AccountData, u128, Call, [u8;32], u8, Compact<u128>, Option, u32
}
