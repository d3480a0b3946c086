// SPDX-License-Identifier: Apache-2.0
// The acceptance test of host/metadata: the real metadata of the peer runtimes (vectors/*.hex,
// produced by running them in @acala-network/chopsticks-executor) decodes, and agrees with
// @polkadot/types (vectors/*.expect) on every item: every type (path, parameters, definition,
// doc count), every pallet (index, storage prefix and entries with modifier, hashers, key/value
// types and default, calls / events / errors with variant indices and field names and types,
// constants with their value bytes), the extrinsic metadata and signed extensions, the runtime
// type and, in v15, the runtime APIs, outer enums and custom map. Each item is also looked up
// through the public API the block builder uses (palletIndex, callIndex, constant,
// signedExtensions, extrinsicVersion, storageEntry, type).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "expect_format.hpp"
#include "host/metadata/metadata.hpp"

using namespace rt::hostlib;
using metadata::Metadata;
using metadata::parseMetadata;
using test::toHex;

namespace {

const char* const kFixtures[] = {
    "rust_node_template_runtime.v14",
    "rust_node_template_runtime.v15",
    "rust_node_template_compact.v14",
    "gosemble_poa_template_v101.v14",
};

test::MetadataFixture load(const std::string& name) {
  auto f = test::readFixture(RT_METADATA_VECTORS_DIR, name);
  REQUIRE_MESSAGE(f.has_value(), (f.has_value() ? "" : f.error()));
  return std::move(f).value();
}

Metadata parse(std::span<const uint8_t> bytes) {
  auto md = parseMetadata(bytes);
  REQUIRE_MESSAGE(md.has_value(), (md.has_value() ? "" : md.error()));
  return std::move(md).value();
}

/// Offset of "meta" inside the OpaqueMetadata (the length of its Compact<u32> prefix).
std::size_t prefixLength(const std::vector<uint8_t>& opaque) {
  const uint8_t mode = opaque.at(0) & 3;
  return mode == 0 ? 1 : mode == 1 ? 2 : 4;
}

int toInt(const std::string& s) { return std::stoi(s); }

/// An optional index as an int (-1 for None), so that failures print the numbers.
int idx(std::optional<uint8_t> i) { return i ? *i : -1; }

/// Checks one .expect line through the public lookups (line kinds without a lookup are skipped).
void checkThroughApi(const Metadata& md, const std::vector<std::string>& w) {
  const std::string& kind = w.at(0);
  if (kind == "version") {
    CHECK(md.version() == toInt(w.at(1)));
  } else if (kind == "types") {
    CHECK(md.types.size() == static_cast<std::size_t>(toInt(w.at(1))));
  } else if (kind == "type") {
    const metadata::Type* t = md.type(static_cast<metadata::TypeId>(toInt(w.at(1))));
    REQUIRE(t != nullptr);
    CHECK(t->id == static_cast<metadata::TypeId>(toInt(w.at(1))));
  } else if (kind == "pallet") {
    CHECK(idx(md.palletIndex(w.at(1))) == toInt(w.at(2)));
    const metadata::Pallet* p = md.palletByIndex(static_cast<uint8_t>(toInt(w.at(2))));
    REQUIRE(p != nullptr);
    CHECK(p->name == w.at(1));
  } else if (kind == "call") {
    CHECK(idx(md.callIndex(w.at(1), w.at(2))) == toInt(w.at(3)));
  } else if (kind == "event" || kind == "error") {
    const metadata::Variant* v =
        kind == "event" ? md.event(w.at(1), w.at(2)) : md.error(w.at(1), w.at(2));
    REQUIRE(v != nullptr);
    CHECK(v->index == toInt(w.at(3)));
  } else if (kind == "constant") {
    const auto value = md.constant(w.at(1), w.at(2));
    REQUIRE(value.has_value());
    CHECK("0x" + toHex(*value) == w.at(4));
  } else if (kind == "storage") {
    const metadata::StorageEntry* e = md.storageEntry(w.at(1), w.at(2));
    REQUIRE(e != nullptr);
    CHECK(std::string(toString(e->modifier)) == w.at(3));
    CHECK(e->is_map == (w.at(4) == "Map"));
  } else if (kind == "extrinsic") {
    CHECK("version=" + std::to_string(md.extrinsicVersion()) == w.at(1));
  } else if (kind == "signed_extension") {
    const auto ids = md.signedExtensions();
    const std::size_t i = static_cast<std::size_t>(toInt(w.at(1)));
    REQUIRE(i < ids.size());
    CHECK(ids[i] == w.at(2));
  } else if (kind == "api") {
    CHECK(md.runtimeApi(w.at(1)) != nullptr);
  } else if (kind == "method") {
    const metadata::RuntimeApi* api = md.runtimeApi(w.at(1));
    REQUIRE(api != nullptr);
    CHECK(api->method(w.at(2)) != nullptr);
  } else if (kind == "custom") {
    const metadata::CustomValue* c = md.customValue(w.at(1));
    REQUIRE(c != nullptr);
    CHECK("0x" + toHex(c->value) == w.at(3));
  }
}

}  // namespace

TEST_CASE("metadata: the peers' metadata agrees with @polkadot/types on every item") {
  for (const std::string name : kFixtures) {
    CAPTURE(name);
    const test::MetadataFixture f = load(name);
    const Metadata md = parse(f.opaque);
    const std::vector<std::string> rendered = test::render(md);
    // Line by line: the first mismatch of a section shows both sides.
    CHECK(rendered.size() == f.expect.size());
    int mismatches = 0;
    for (std::size_t i = 0; i < std::min(rendered.size(), f.expect.size()) && mismatches < 20;
         ++i) {
      if (rendered[i] != f.expect[i]) {
        ++mismatches;
        CHECK_MESSAGE(rendered[i] == f.expect[i], "item " << i << " of " << name);
      }
    }
    CHECK(mismatches == 0);
    for (const std::string& line : f.expect) {
      CAPTURE(line);
      checkThroughApi(md, test::words(line));
    }
    MESSAGE(name << ": v" << int(md.version()) << ", " << md.types.size() << " types, "
                 << md.pallets.size() << " pallets, " << f.expect.size() << " items checked");
  }
}

TEST_CASE("metadata: OpaqueMetadata and its bare content ('meta'...) decode the same") {
  for (const std::string name : kFixtures) {
    CAPTURE(name);
    const test::MetadataFixture f = load(name);
    const std::span<const uint8_t> bare = std::span(f.opaque).subspan(prefixLength(f.opaque));
    REQUIRE(bare.size() >= 4);
    CHECK(toHex(bare.first(4)) == "6d657461");
    CHECK(test::render(parse(bare)) == test::render(parse(f.opaque)));
  }
}

TEST_CASE("metadata: what the block builder asks for, on every peer") {
  for (const std::string name : kFixtures) {
    CAPTURE(name);
    const Metadata md = parse(load(name).opaque);
    CHECK(md.extrinsicVersion() == 4);
    CHECK(idx(md.palletIndex("System")) == 0);
    CHECK(idx(md.palletIndex("Balances")) == 5);
    // System.remark is 0 in current FRAME, 1 in the older compact blob (fill_block came first).
    const bool older = name == "rust_node_template_compact.v14";
    CHECK(idx(md.callIndex("System", "remark")) == (older ? 1 : 0));
    CHECK(idx(md.callIndex("Timestamp", "set")) == 0);
    CHECK(idx(md.callIndex("Balances", "transfer_keep_alive")) == 3);
    CHECK(idx(md.callIndex("Balances", "transfer_all")) == 4);
    // Timestamp.MinimumPeriod is a u64 (3000 ms in the Rust runtimes, 1000 in Gosemble);
    // ExistentialDeposit a u128.
    const auto period = md.constant("Timestamp", "MinimumPeriod");
    REQUIRE(period.has_value());
    CHECK(period->size() == 8);
    const auto ed = md.constant("Balances", "ExistentialDeposit");
    REQUIRE(ed.has_value());
    CHECK(ed->size() == 16);
    // transfer_keep_alive(dest, value): MultiAddress and Compact<u128>.
    const metadata::Variant* tka = md.call("Balances", "transfer_keep_alive");
    REQUIRE(tka != nullptr);
    REQUIRE(tka->fields.size() == 2);
    const metadata::Type* value_ty = md.type(tka->fields[1].ty);
    REQUIRE(value_ty != nullptr);
    CHECK(value_ty->def.kind == metadata::TypeDefKind::Compact);
    // System.Account: Blake2_128Concat map of AccountData.
    const metadata::StorageEntry* account = md.storageEntry("System", "Account");
    REQUIRE(account != nullptr);
    CHECK(account->is_map);
    REQUIRE(account->hashers.size() == 1);
    CHECK(account->hashers[0] == metadata::StorageHasher::Blake2_128Concat);
    const auto ext = md.signedExtensions();
    CHECK(std::find(ext.begin(), ext.end(), "CheckNonce") != ext.end());
    CHECK(ext.back() == "ChargeTransactionPayment");
    // Absent things are None / nullptr, not a crash.
    CHECK_FALSE(md.palletIndex("NoSuchPallet").has_value());
    CHECK_FALSE(md.callIndex("Balances", "no_such_call").has_value());
    CHECK_FALSE(md.callIndex("Aura", "anything").has_value());  // Aura has no calls
    CHECK_FALSE(md.constant("Balances", "NoSuchConstant").has_value());
    CHECK(md.storageEntry("System", "NoSuchItem") == nullptr);
    CHECK(md.type(0xffffffffu) == nullptr);
  }
}

TEST_CASE("metadata: the node template's v14 and v15 describe the same pallets, calls, constants") {
  const Metadata v14 = parse(load("rust_node_template_runtime.v14").opaque);
  const Metadata v15 = parse(load("rust_node_template_runtime.v15").opaque);
  CHECK(v14.version() == 14);
  CHECK(v15.version() == 15);
  REQUIRE(v14.pallets.size() == v15.pallets.size());
  for (const metadata::Pallet& p : v14.pallets) {
    CAPTURE(p.name);
    CHECK(idx(v15.palletIndex(p.name)) == p.index);
    if (p.calls) {
      for (const metadata::Variant& c : v14.type(*p.calls)->def.variants) {
        CHECK(idx(v15.callIndex(p.name, c.name)) == c.index);
      }
    }
    for (const metadata::Constant& c : p.constants) CHECK(v15.constant(p.name, c.name) == c.value);
  }
  CHECK(v14.signedExtensions() == v15.signedExtensions());
  CHECK(v14.extrinsic.ty.has_value());
  CHECK_FALSE(v15.extrinsic.ty.has_value());
  CHECK(v15.extrinsic.call_ty.has_value());
  REQUIRE(v15.outer_enums.has_value());
  CHECK(v15.outer_enums->call_enum_ty == *v15.extrinsic.call_ty);
  const metadata::RuntimeApi* bb = v15.runtimeApi("BlockBuilder");
  REQUIRE(bb != nullptr);
  CHECK(bb->method("apply_extrinsic") != nullptr);
  CHECK(v14.apis.empty());
}
