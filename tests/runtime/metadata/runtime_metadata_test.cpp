// SPDX-License-Identifier: Apache-2.0
// runtime/metadata: v14 and v15 encodings of a one-pallet runtime, read back by the host's
// metadata decoder (itself checked item by item against @polkadot/types).
#include <doctest/doctest.h>

#include "host/metadata/metadata.hpp"
#include "runtime/metadata/runtime_metadata.hpp"

using namespace rt::runtime::metadata;

namespace {
struct DemoCall {};
struct DemoEvent {};
struct DemoError {};
}  // namespace

template <>
struct rt::runtime::metadata::TypeInfo<DemoCall> {
  static Type describe(Registry& r) {
    return variant({"pallet_demo", "pallet", "Call"},
                   {Variant{"remark", {r.field<std::vector<uint8_t>>("remark", "Vec<u8>")}, 0, {"Make some on-chain remark."}},
                    Variant{"set_value", {r.field<Compact<uint64_t>>("value")}, 7, {}}});
  }
};
template <>
struct rt::runtime::metadata::TypeInfo<DemoEvent> {
  static Type describe(Registry&) { return variant({"pallet_demo", "pallet", "Event"}, {Variant{"Remarked", {}, 0, {}}}); }
};
template <>
struct rt::runtime::metadata::TypeInfo<DemoError> {
  static Type describe(Registry&) { return variant({"pallet_demo", "pallet", "Error"}, {Variant{"TooBig", {}, 0, {}}}); }
};

namespace {

RuntimeMetadata demo(Registry& r) {
  RuntimeMetadata m;
  Pallet p;
  p.name = "Demo";
  p.storage_prefix = "Demo";
  p.storage.push_back(StorageEntry{"Value", StorageModifier::Default, {}, 0, r.id<uint64_t>(), {0, 0, 0, 0, 0, 0, 0, 0}, {"A value."}});
  p.storage.push_back(StorageEntry{"Map", StorageModifier::Optional, {2}, r.id<std::array<uint8_t, 32>>(), r.id<uint32_t>(), {}, {}});
  p.calls = r.id<DemoCall>();
  p.event = r.id<DemoEvent>();
  p.error = r.id<DemoError>();
  p.constants.push_back(Constant{"Limit", r.id<uint32_t>(), {10, 0, 0, 0}, {"The limit."}});
  p.index = 9;
  p.docs = {"A demo pallet."};
  m.pallets.push_back(p);
  m.extrinsic.ty = r.id<std::vector<uint8_t>>();
  m.extrinsic.address_ty = r.id<std::array<uint8_t, 32>>();
  m.extrinsic.call_ty = r.id<DemoCall>();
  m.extrinsic.signature_ty = r.id<std::array<uint8_t, 64>>();
  m.extrinsic.extra_ty = r.id<std::tuple<>>();
  m.extrinsic.signed_extensions.push_back(SignedExtension{"CheckNonce", r.id<Compact<uint32_t>>(), r.id<std::tuple<>>()});
  m.runtime_ty = r.id<std::tuple<>>();
  m.apis.push_back(RuntimeApi{"Core", {ApiMethod{"version", {}, r.id<std::vector<uint8_t>>(), {"The version."}}}, {}});
  m.call_enum_ty = r.id<DemoCall>();
  m.event_enum_ty = r.id<DemoEvent>();
  m.error_enum_ty = r.id<DemoError>();
  return m;
}

}  // namespace

TEST_CASE("v14 and v15 encode what the decoder reads back") {
  for (uint8_t version : {uint8_t{14}, uint8_t{15}}) {
    CAPTURE(int(version));
    Registry r;
    const RuntimeMetadata m = demo(r);
    auto parsed = rt::hostlib::metadata::parseMetadata(encodeMetadata(r, m, version));
    REQUIRE_MESSAGE(parsed.has_value(), (parsed ? "" : parsed.error()));
    const auto& md = parsed.value();
    CHECK(md.version() == version);
    CHECK(md.palletIndex("Demo") == 9);
    CHECK(md.callIndex("Demo", "set_value") == 7);
    CHECK(md.constant("Demo", "Limit") == std::vector<uint8_t>{10, 0, 0, 0});
    CHECK(md.signedExtensions() == std::vector<std::string>{"CheckNonce"});
    CHECK(md.extrinsicVersion() == 4);
    REQUIRE(md.storageEntry("Demo", "Map") != nullptr);
    CHECK(md.storageEntry("Demo", "Map")->is_map);
    if (version == 15) {
      REQUIRE(md.runtimeApi("Core") != nullptr);
    }
  }
}
