// SPDX-License-Identifier: Apache-2.0
// Unit tests of wasm-opt-pass's byte-level parts: LEB128 and custom-section encoding, the section
// splitter on good and truncated modules, memory limits from hand-built import and memory
// sections, and the two byte-level passes (custom_sections replaces, strip keeps what it must).
#include "binary_sections.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "passes.hpp"

using rt::tools::appendCustomSection;
using rt::tools::appendUleb;
using rt::tools::MemoryInfo;

namespace {

using Bytes = std::vector<uint8_t>;

Bytes header() { return {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00}; }

Bytes uleb(uint64_t v) {
  Bytes out;
  appendUleb(out, v);
  return out;
}

/// Appends a section with id `id` and payload `payload`.
void appendSection(Bytes& module, uint8_t id, const Bytes& payload) {
  module.push_back(id);
  appendUleb(module, payload.size());
  module.insert(module.end(), payload.begin(), payload.end());
}

void appendName(Bytes& out, const std::string& name) {
  appendUleb(out, name.size());
  out.insert(out.end(), name.begin(), name.end());
}

Bytes bytesOf(const std::string& s) { return Bytes(s.begin(), s.end()); }

std::vector<std::string> customNames(const Bytes& module) {
  std::vector<std::string> names;
  auto sections = rt::tools::splitSections(module);
  REQUIRE(sections.has_value());
  for (const auto& s : *sections) {
    if (s.id == 0) names.push_back(s.name);
  }
  return names;
}

}  // namespace

TEST_CASE("appendUleb encodes unsigned LEB128") {
  CHECK(uleb(0) == Bytes{0x00});
  CHECK(uleb(127) == Bytes{0x7f});
  CHECK(uleb(128) == Bytes{0x80, 0x01});
  CHECK(uleb(624485) == Bytes{0xe5, 0x8e, 0x26});
  CHECK(uleb(0xffffffff) == Bytes{0xff, 0xff, 0xff, 0xff, 0x0f});
}

TEST_CASE("hasWasmMagic tells binary from text") {
  CHECK(rt::tools::hasWasmMagic(header()));
  CHECK_FALSE(rt::tools::hasWasmMagic(bytesOf("(module)")));
  CHECK_FALSE(rt::tools::hasWasmMagic(Bytes{0x00, 0x61}));
}

TEST_CASE("splitSections") {
  SUBCASE("an empty module has no sections") {
    auto sections = rt::tools::splitSections(header());
    REQUIRE(sections.has_value());
    CHECK(sections->empty());
  }
  SUBCASE("offsets and custom section names") {
    Bytes m = header();
    appendSection(m, 1, {0x00});
    appendCustomSection(m, "runtime_version", bytesOf("v1"));
    auto sections = rt::tools::splitSections(m);
    REQUIRE(sections.has_value());
    REQUIRE(sections->size() == 2);
    CHECK((*sections)[0].id == 1);
    CHECK((*sections)[0].begin == 8);
    CHECK((*sections)[0].payload_begin == 10);
    CHECK((*sections)[0].end == 11);
    CHECK((*sections)[1].name == "runtime_version");
    CHECK((*sections)[1].end == m.size());
  }
  SUBCASE("a section that overruns the module is an error") {
    Bytes m = header();
    appendSection(m, 1, {0x00, 0x01, 0x02});
    m.pop_back();
    auto sections = rt::tools::splitSections(m);
    REQUIRE_FALSE(sections.has_value());
    CHECK(sections.error().find("overruns") != std::string::npos);
  }
  SUBCASE("a wrong version is an error") {
    Bytes m = header();
    m[4] = 2;
    CHECK_FALSE(rt::tools::splitSections(m).has_value());
  }
  SUBCASE("text is not a binary") {
    CHECK_FALSE(rt::tools::splitSections(bytesOf("(module)")).has_value());
  }
}

TEST_CASE("readMemoryInfo") {
  SUBCASE("an imported memory with a maximum, after a function import") {
    Bytes imports;
    appendUleb(imports, 2);
    appendName(imports, "env");
    appendName(imports, "ext_allocator_malloc_version_1");
    imports.insert(imports.end(), {0x00, 0x00});  // func, type 0
    appendName(imports, "env");
    appendName(imports, "memory");
    imports.insert(imports.end(), {0x02, 0x01, 0x11, 0x80, 0x01});  // memory, min 17, max 128
    Bytes m = header();
    appendSection(m, 2, imports);
    auto memory = rt::tools::readMemoryInfo(m);
    REQUIRE(memory.has_value());
    CHECK(memory->present);
    CHECK(memory->imported);
    CHECK(memory->module == "env");
    CHECK(memory->field == "memory");
    CHECK(memory->initial == 17);
    CHECK(memory->has_max);
    CHECK(memory->max == 128);
    CHECK_FALSE(memory->shared);
  }
  SUBCASE("a defined shared memory") {
    Bytes m = header();
    appendSection(m, 5, {0x01, 0x03, 0x02, 0x0a});  // one memory: shared, min 2, max 10
    auto memory = rt::tools::readMemoryInfo(m);
    REQUIRE(memory.has_value());
    CHECK(memory->present);
    CHECK_FALSE(memory->imported);
    CHECK(memory->initial == 2);
    CHECK(memory->max == 10);
    CHECK(memory->shared);
  }
  SUBCASE("a 64-bit memory's limits are read as 64-bit LEB128") {
    Bytes payload = {0x01, 0x04};
    Bytes initial = uleb(uint64_t{1} << 33);
    payload.insert(payload.end(), initial.begin(), initial.end());
    Bytes m = header();
    appendSection(m, 5, payload);
    auto memory = rt::tools::readMemoryInfo(m);
    REQUIRE(memory.has_value());
    CHECK(memory->initial == (uint64_t{1} << 33));
    CHECK_FALSE(memory->has_max);
  }
  SUBCASE("no memory") {
    auto memory = rt::tools::readMemoryInfo(header());
    REQUIRE(memory.has_value());
    CHECK_FALSE(memory->present);
  }
  SUBCASE("a truncated import section is an error") {
    Bytes imports;
    appendUleb(imports, 1);
    appendName(imports, "env");
    Bytes m = header();
    appendSection(m, 2, imports);
    CHECK_FALSE(rt::tools::readMemoryInfo(m).has_value());
  }
}

TEST_CASE("customSections adds, and replaces a section of the same name") {
  Bytes m = header();
  appendCustomSection(m, "runtime_version", bytesOf("old"));
  appendCustomSection(m, "other", bytesOf("x"));
  std::vector<rt::tools::CustomSection> add = {{"runtime_version", bytesOf("new")},
                                               {"runtime_apis", bytesOf("apis")}};
  REQUIRE(rt::tools::customSections(m, add).has_value());
  CHECK(customNames(m) == std::vector<std::string>{"other", "runtime_version", "runtime_apis"});
  std::string text(m.begin(), m.end());
  CHECK(text.find("old") == std::string::npos);
  CHECK(text.find("new") != std::string::npos);
}

TEST_CASE("strip removes names, producers and debug info, and keeps the rest") {
  Bytes m = header();
  for (const char* name : {"name", "producers", ".debug_info", "sourceMappingURL", "runtime_apis",
                           "runtime_version"}) {
    appendCustomSection(m, name, bytesOf("x"));
  }
  REQUIRE(rt::tools::strip(m, {"runtime_version"}).has_value());
  CHECK(customNames(m) == std::vector<std::string>{"runtime_apis", "runtime_version"});

  Bytes kept = header();
  appendCustomSection(kept, "producers", bytesOf("x"));
  REQUIRE(rt::tools::strip(kept, {"producers"}).has_value());
  CHECK(customNames(kept) == std::vector<std::string>{"producers"});
}
