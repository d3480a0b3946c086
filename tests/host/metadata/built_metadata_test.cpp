// SPDX-License-Identifier: Apache-2.0
// Hand-built metadata, for what the peers' metadata does not show: every TypeDef kind, type ids
// out of order, a map with two hashers, v15's pallet docs / APIs / outer enums / custom map, and
// one targeted fault per error path (repeated and dangling type ids, a non-enum calls type,
// unknown enum tags, a bad Option tag, invalid UTF-8, an impossible length, a non-canonical
// compact), each of which must name the spot.
#include <doctest/doctest.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "codec/codec.hpp"
#include "host/metadata/metadata.hpp"

using namespace rt::hostlib::metadata;

namespace {

/// A little SCALE writer for building metadata by hand.
struct W {
  std::vector<uint8_t> b;
  W& u8(uint8_t v) {
    b.push_back(v);
    return *this;
  }
  W& u32(uint32_t v) {
    rt::codec::encodeAppend(b, v);
    return *this;
  }
  W& c(uint32_t v) {
    rt::codec::encodeAppend(b, rt::codec::Compact<uint32_t>{v});
    return *this;
  }
  W& str(std::string_view s) {
    rt::codec::encodeAppend(b, s);
    return *this;
  }
  W& strs(std::initializer_list<std::string_view> ss) {
    c(static_cast<uint32_t>(ss.size()));
    for (auto s : ss) str(s);
    return *this;
  }
  W& bytes(std::initializer_list<uint8_t> bs) {
    c(static_cast<uint32_t>(bs.size()));
    b.insert(b.end(), bs);
    return *this;
  }
};

/// The knobs of the built metadata; the defaults give valid metadata, each test changes one.
struct Spec {
  uint8_t version = 14;
  uint32_t id_u8 = 7;          ///< the u8 primitive
  uint32_t id_call = 3;        ///< the pallet's Call enum
  uint32_t id_runtime = 100;   ///< the Runtime composite
  uint32_t call_field_ty = 7;  ///< do_it's argument (dangling when not a type)
  uint32_t calls_ty = 3;       ///< the pallet's `calls` (7 is not an enum)
  uint8_t u8_typedef_tag = 5;  ///< TypeDef index of the u8 type (Primitive)
  uint8_t u8_primitive = 3;    ///< TypeDefPrimitive index (U8)
  uint8_t storage_option = 1;  ///< Option tag of the pallet's storage
  std::string pallet_name = "Demo";
  uint8_t second_hasher = 6;   ///< StorageHasher (Identity)
  uint8_t modifier = 1;        ///< StorageEntryModifier of "Value" (Default)
  uint32_t constants_len = 1;  ///< the constants Vec's length prefix
};

std::vector<uint8_t> build(const Spec& s) {
  W w;
  w.u8('m').u8('e').u8('t').u8('a').u8(s.version);
  // --- types (ids out of order) ---
  w.c(8);
  w.c(s.id_u8).strs({}).c(0).u8(s.u8_typedef_tag).u8(s.u8_primitive).strs({});
  w.c(s.id_call).strs({"pallet_demo", "pallet", "Call"});
  w.c(1).str("T").u8(0);  // type_params: [T: None]
  w.u8(1).c(2);           // Variant, two variants
  w.str("do_it")
      .c(1)
      .u8(1)
      .str("x")
      .c(s.call_field_ty)
      .u8(1)
      .str("u8")
      .strs({})
      .u8(5)
      .strs({"Does it."});
  w.str("noop").c(0).u8(0).strs({});
  w.strs({"Contains a variant per dispatchable."});
  w.c(s.id_runtime).strs({"demo_runtime", "Runtime"}).c(0).u8(0).c(0).strs({});
  w.c(200).strs({}).c(0).u8(4).c(2).c(7).c(7).strs({});  // (u8, u8)
  w.c(201).strs({}).c(0).u8(3).u32(32).c(7).strs({});    // [u8; 32]
  w.c(202).strs({}).c(0).u8(2).c(7).strs({});            // Vec<u8>
  w.c(203).strs({}).c(0).u8(6).c(7).strs({});            // Compact<u8>
  w.c(204).strs({"bitvec", "BitVec"}).c(0).u8(7).c(7).c(100).strs({});
  // --- pallets ---
  w.c(1);
  w.str(s.pallet_name);
  w.u8(s.storage_option);
  if (s.storage_option == 1) {
    w.str("Demo").c(2);
    w.str("Value").u8(s.modifier).u8(0).c(7).bytes({0}).strs({});
    w.str("Map").u8(0).u8(1).c(2).u8(5).u8(s.second_hasher).c(200).c(7).bytes({}).strs({"A map."});
  }
  w.u8(1).c(s.calls_ty);  // calls
  w.u8(0);                // event: None
  w.c(s.constants_len).str("Answer").c(7).bytes({42}).strs({});
  w.u8(0);   // error: None
  w.u8(42);  // index
  if (s.version == 15) w.strs({"The demo pallet."});
  // --- extrinsic ---
  if (s.version == 14) {
    w.c(s.id_runtime).u8(4);
  } else {
    w.u8(4).c(7).c(s.id_call).c(7).c(200);
  }
  w.c(1).str("CheckNonce").c(203).c(s.id_runtime);
  w.c(s.id_runtime);  // ty
  if (s.version == 15) {
    w.c(1).str("Demo").c(1).str("answer").c(1).str("who").c(7).c(7).strs({}).strs({"Demo API."});
    w.c(s.id_call).c(s.id_call).c(s.id_call);  // outer enums
    w.c(1).str("k").c(7).bytes({1});           // custom: {"k": (u8, 0x01)}
  }
  return w.b;
}

std::string errorOf(const Spec& s) {
  auto md = parseMetadata(build(s));
  REQUIRE_FALSE(md.has_value());
  CHECK(md.error().rfind("metadata: ", 0) == 0);
  CHECK(md.error().find('\n') == std::string::npos);
  return md.error();
}

}  // namespace

TEST_CASE("metadata (built): v14 with every TypeDef kind and ids out of order") {
  const std::vector<uint8_t> bytes = build(Spec{});
  auto parsed = parseMetadata(bytes);
  REQUIRE_MESSAGE(parsed.has_value(), (parsed.has_value() ? "" : parsed.error()));
  const Metadata& md = *parsed;
  CHECK(md.version() == 14);
  CHECK(md.types.size() == 8);
  REQUIRE(md.type(7) != nullptr);
  CHECK(md.type(7)->def.kind == TypeDefKind::Primitive);
  CHECK(md.type(7)->def.primitive == Primitive::U8);
  CHECK(md.type(0) == nullptr);
  CHECK(md.type(8) == nullptr);
  CHECK(md.type(200)->def.tuple == std::vector<TypeId>{7, 7});
  CHECK(md.type(201)->def.len == 32);
  CHECK(md.type(202)->def.kind == TypeDefKind::Sequence);
  CHECK(md.type(203)->def.kind == TypeDefKind::Compact);
  CHECK(md.type(204)->def.bit_order_type == 100);
  CHECK(md.types.findByPath("pallet_demo::pallet::Call") == md.type(3));
  const Type& call = *md.type(3);
  REQUIRE(call.type_params.size() == 1);
  CHECK(call.type_params[0].name == "T");
  CHECK_FALSE(call.type_params[0].ty.has_value());
  CHECK(call.docs == std::vector<std::string>{"Contains a variant per dispatchable."});

  CHECK(md.palletIndex("Demo") == std::optional<uint8_t>(42));
  CHECK(md.callIndex("Demo", "do_it") == std::optional<uint8_t>(5));
  CHECK(md.callIndex("Demo", "noop") == std::optional<uint8_t>(0));
  const Variant* do_it = md.call("Demo", "do_it");
  REQUIRE(do_it != nullptr);
  REQUIRE(do_it->fields.size() == 1);
  CHECK(do_it->fields[0].name == std::optional<std::string>("x"));
  CHECK(do_it->fields[0].type_name == std::optional<std::string>("u8"));
  CHECK(md.type(3)->def.variantByIndex(5) == do_it);
  CHECK(md.event("Demo", "anything") == nullptr);  // no event enum
  CHECK(md.constant("Demo", "Answer") == std::optional<std::vector<uint8_t>>({42}));

  const StorageEntry* value = md.storageEntry("Demo", "Value");
  REQUIRE(value != nullptr);
  CHECK(value->modifier == StorageEntryModifier::Default);
  CHECK_FALSE(value->is_map);
  CHECK(value->value == 7);
  CHECK(value->default_value == std::vector<uint8_t>{0});
  const StorageEntry* map = md.storageEntry("Demo", "Map");
  REQUIRE(map != nullptr);
  CHECK(map->modifier == StorageEntryModifier::Optional);
  CHECK(map->hashers ==
        std::vector<StorageHasher>{StorageHasher::Twox64Concat, StorageHasher::Identity});
  CHECK(map->key == 200);
  CHECK(map->docs == std::vector<std::string>{"A map."});

  CHECK(md.extrinsicVersion() == 4);
  CHECK(md.extrinsic.ty == std::optional<TypeId>(100));
  CHECK(md.signedExtensions() == std::vector<std::string>{"CheckNonce"});
  CHECK(md.extrinsic.signed_extensions[0].ty == 203);
  CHECK(md.runtime_ty == 100);
  CHECK(md.pallets[0].docs.empty());
  CHECK_FALSE(md.outer_enums.has_value());
}

TEST_CASE("metadata (built): v15 pallet docs, extrinsic types, APIs, outer enums, custom map") {
  Spec s;
  s.version = 15;
  auto parsed = parseMetadata(build(s));
  REQUIRE_MESSAGE(parsed.has_value(), (parsed.has_value() ? "" : parsed.error()));
  const Metadata& md = *parsed;
  CHECK(md.version() == 15);
  CHECK(md.pallets[0].docs == std::vector<std::string>{"The demo pallet."});
  CHECK_FALSE(md.extrinsic.ty.has_value());
  CHECK(md.extrinsic.call_ty == std::optional<TypeId>(3));
  CHECK(md.extrinsic.extra_ty == std::optional<TypeId>(200));
  const RuntimeApi* api = md.runtimeApi("Demo");
  REQUIRE(api != nullptr);
  const RuntimeApiMethod* answer = api->method("answer");
  REQUIRE(answer != nullptr);
  REQUIRE(answer->inputs.size() == 1);
  CHECK(answer->inputs[0].name == "who");
  CHECK(answer->output == 7);
  CHECK(api->docs == std::vector<std::string>{"Demo API."});
  REQUIRE(md.outer_enums.has_value());
  CHECK(md.outer_enums->call_enum_ty == 3);
  const CustomValue* k = md.customValue("k");
  REQUIRE(k != nullptr);
  CHECK(k->value == std::vector<uint8_t>{1});
  CHECK(md.customValue("missing") == nullptr);
}

TEST_CASE("metadata (built): each fault is a located one-line error") {
  Spec s;
  SUBCASE("a type id defined twice") {
    s.id_runtime = 7;
    CHECK(errorOf(s).find("type id 7 defined twice") != std::string::npos);
  }
  SUBCASE("a field referring to a missing type") {
    s.call_field_ty = 55;
    CHECK(errorOf(s) ==
          "metadata: types[1] (id 3) > variants[0] > fields[0]: type id 55 is not in the registry");
  }
  SUBCASE("a calls type that is not an enum") {
    s.calls_ty = 7;
    CHECK(errorOf(s) ==
          "metadata: pallets[0] \"Demo\" > calls: type id 7 is a Primitive, not an enum");
  }
  SUBCASE("an unknown TypeDef") {
    s.u8_typedef_tag = 8;
    CHECK(errorOf(s).rfind("metadata: types[0] > type_def: unknown TypeDef variant 8 (at byte",
                           0) == 0);
  }
  SUBCASE("an unknown primitive") {
    s.u8_primitive = 15;
    CHECK(errorOf(s).find("unknown TypeDefPrimitive variant 15") != std::string::npos);
  }
  SUBCASE("a bad Option tag") {
    s.storage_option = 2;
    CHECK(errorOf(s).rfind("metadata: pallets[0] \"Demo\" > storage: invalid Option tag 2", 0) ==
          0);
  }
  SUBCASE("an unknown hasher and modifier") {
    s.second_hasher = 7;
    CHECK(errorOf(s).find("entries[1] \"Map\" > ty: unknown StorageHasher variant 7") !=
          std::string::npos);
    Spec m;
    m.modifier = 2;
    CHECK(errorOf(m).find("entries[0] \"Value\": unknown StorageEntryModifier variant 2") !=
          std::string::npos);
  }
  SUBCASE("invalid UTF-8 in a name") {
    s.pallet_name = "De\xffmo";
    CHECK(errorOf(s).rfind("metadata: pallets[0]: invalid utf-8", 0) == 0);
  }
  SUBCASE("a length beyond the input") {
    s.constants_len = 1000000;
    CHECK(errorOf(s).find("length exceeds remaining input") != std::string::npos);
  }
  SUBCASE("a non-canonical compact type id") {
    std::vector<uint8_t> b = build(s);
    // The first type's id (7, one byte 0x1c right after the types length) in two-byte form.
    REQUIRE(b[6] == 0x1c);
    b[6] = 0x1d;
    b.insert(b.begin() + 7, 0x00);
    auto md = parseMetadata(b);
    REQUIRE_FALSE(md.has_value());
    CHECK(md.error().find("types[0]: non-canonical compact integer") != std::string::npos);
  }
}
