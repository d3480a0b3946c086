// SPDX-License-Identifier: Apache-2.0
// parseMetadata on damaged real metadata: every failure is an error of one line starting
// "metadata: ", never a trap. Truncation at many cut points (both input forms), a wrong magic,
// unsupported versions, a wrong Vec<u8> length prefix, bytes left over, and seeded random byte
// mutations (which may still decode: then the result must be usable).
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "codec/compact.hpp"
#include "expect_format.hpp"
#include "host/metadata/metadata.hpp"

using namespace rt::hostlib;
using metadata::parseMetadata;

namespace {

const char* const kFixtures[] = {
    "rust_node_template_runtime.v14",
    "rust_node_template_runtime.v15",
    "rust_node_template_compact.v14",
    "gosemble_poa_template_v101.v14",
};

std::vector<uint8_t> opaqueOf(const std::string& name) {
  auto f = test::readFixture(RT_METADATA_VECTORS_DIR, name);
  REQUIRE_MESSAGE(f.has_value(), (f.has_value() ? "" : f.error()));
  return f->opaque;
}

/// Length of the Compact<u32> prefix of an OpaqueMetadata (the offset of "meta").
std::size_t prefixLengthOf(const std::vector<uint8_t>& opaque) {
  const uint8_t mode = opaque.at(0) & 3;
  return mode == 0 ? 1 : mode == 1 ? 2 : 4;
}

/// The content of an OpaqueMetadata (from "meta" on).
std::vector<uint8_t> bareOf(const std::vector<uint8_t>& opaque) {
  return {opaque.begin() + static_cast<std::ptrdiff_t>(prefixLengthOf(opaque)), opaque.end()};
}

/// The error of parsing `bytes`, checked to be one "metadata: ..." line ("" if it decoded).
std::string errorOf(std::span<const uint8_t> bytes) {
  auto md = parseMetadata(bytes);
  if (md.has_value()) return "";
  const std::string& e = md.error();
  CHECK(e.rfind("metadata: ", 0) == 0);
  CHECK(e.find('\n') == std::string::npos);
  CHECK(e.size() < 400);
  return e;
}

std::vector<uint8_t> opaqueWrap(const std::vector<uint8_t>& content) {
  std::vector<uint8_t> out =
      rt::codec::encode(rt::codec::Compact<uint32_t>{static_cast<uint32_t>(content.size())});
  out.insert(out.end(), content.begin(), content.end());
  return out;
}

/// mulberry32, as in the other host fixtures: deterministic test data only.
struct Prng {
  uint32_t a;
  uint32_t next() {
    a += 0x6d2b79f5u;
    uint32_t t = a;
    t = (t ^ (t >> 15)) * (t | 1u);
    t ^= t + (t ^ (t >> 7)) * (t | 61u);
    return t ^ (t >> 14);
  }
};

}  // namespace

TEST_CASE("metadata: truncated input is an error at every cut point tried, never a trap") {
  for (const std::string name : kFixtures) {
    CAPTURE(name);
    const std::vector<uint8_t> bare = bareOf(opaqueOf(name));
    // Every cut in the first KiB (magic, version, the first types), then every 23rd byte, then
    // the last 64 (the extrinsic, the runtime type, v15's tail).
    std::size_t tried = 0;
    for (std::size_t cut = 0; cut < bare.size();
         cut += (cut < 1024 || cut + 64 >= bare.size()) ? 1 : 23) {
      const std::string e = errorOf(std::span(bare).first(cut));
      CAPTURE(cut);
      CAPTURE(e);
      REQUIRE(!e.empty());
      ++tried;
      // Everything before the cut reads as before, so the first failure is the missing data
      // (below "meta" + version: an empty or too-short input).
      if (cut >= 5) {
        CHECK((e.find(": not enough data (at byte ") != std::string::npos ||
               e.find(": length exceeds remaining input (at byte ") != std::string::npos));
      }
      // The same cut inside an OpaqueMetadata whose prefix says the truncated length.
      if (cut % 97 == 0 && cut >= 5) {
        const std::vector<uint8_t> cut_content(bare.begin(),
                                               bare.begin() + static_cast<std::ptrdiff_t>(cut));
        CHECK(errorOf(opaqueWrap(cut_content)) == e);
      }
    }
    MESSAGE(name << ": " << tried << " cut points, all rejected");
  }
  // A truncated OpaqueMetadata whose prefix still says the full length: a length mismatch.
  const std::vector<uint8_t> opaque = opaqueOf(kFixtures[0]);
  const std::string e = errorOf(std::span(opaque).first(opaque.size() - 1));
  CHECK(e.find("length prefix says") != std::string::npos);
}

TEST_CASE("metadata: one-line errors for the classic bad inputs") {
  const std::vector<uint8_t> opaque = opaqueOf(kFixtures[0]);
  const std::vector<uint8_t> bare = bareOf(opaque);

  SUBCASE("empty and tiny inputs") {
    CHECK(errorOf({}) == "metadata: empty input");
    for (std::size_t n = 1; n <= 4; ++n) {
      CHECK(errorOf(std::span(bare).first(n)).rfind("metadata: input too short", 0) == 0);
    }
    CHECK(errorOf(std::span(bare).first(5)) == "metadata: types: not enough data (at byte 5 of 5)");
  }
  SUBCASE("wrong magic, bare and inside the Vec<u8>") {
    std::vector<uint8_t> b = bare;
    b[0] = 'M';
    const std::string e1 = errorOf(b);
    CHECK(e1.find("bad magic") != std::string::npos);
    CHECK(e1.find("4d657461") != std::string::npos);
    std::vector<uint8_t> o = opaque;
    o[prefixLengthOf(o)] = 0;
    CHECK(errorOf(o).find("bad magic 00657461 after the Vec<u8> length prefix") !=
          std::string::npos);
  }
  SUBCASE("unsupported versions") {
    for (uint8_t v : {0, 8, 13, 16, 255}) {
      std::vector<uint8_t> b = bare;
      b[4] = v;
      CHECK(errorOf(b) == "metadata: unsupported metadata version " + std::to_string(v) +
                              " (this decoder reads 14 and 15)");
      CHECK(errorOf(opaqueWrap(b)) == errorOf(b));
    }
  }
  SUBCASE("a v14 body labelled 15 (and the reverse) fails with a located error") {
    std::vector<uint8_t> b = bare;
    b[4] = 15;
    CHECK(!errorOf(b).empty());
    std::vector<uint8_t> b15 = bareOf(opaqueOf(kFixtures[1]));
    b15[4] = 14;
    CHECK(!errorOf(b15).empty());
  }
  SUBCASE("bytes left over") {
    std::vector<uint8_t> b = bare;
    b.push_back(0);
    CHECK(errorOf(b).find("1 bytes left over after RuntimeMetadataV14") != std::string::npos);
    CHECK(errorOf(opaqueWrap(b)) == errorOf(b));
  }
  SUBCASE("a Vec<u8> prefix longer than the input") {
    std::vector<uint8_t> o = opaqueWrap(bare);
    o.push_back(0);  // now one byte more than the prefix says
    CHECK(errorOf(o).find("length prefix says") != std::string::npos);
  }
}

TEST_CASE("metadata: seeded random mutations never trap; what still decodes is usable") {
  Prng rng{0x6d657461u};
  std::size_t rejected = 0, accepted = 0;
  for (const char* name : kFixtures) {
    const std::vector<uint8_t> bare = bareOf(opaqueOf(name));
    for (int round = 0; round < 300; ++round) {
      std::vector<uint8_t> b = bare;
      const uint32_t flips = 1 + rng.next() % 4;
      for (uint32_t k = 0; k < flips; ++k) {
        // Leave the magic and version alone: mutate the body.
        const std::size_t at = 5 + rng.next() % (b.size() - 5);
        b[at] = static_cast<uint8_t>(rng.next());
      }
      auto md = parseMetadata(b);
      if (!md.has_value()) {
        ++rejected;
        CHECK(md.error().find('\n') == std::string::npos);
        continue;
      }
      ++accepted;
      // Lookups on whatever decoded stay in bounds.
      for (const metadata::Pallet& p : md->pallets) {
        (void)md->palletIndex(p.name);
        if (p.calls) {
          for (const metadata::Variant& v : md->type(*p.calls)->def.variants) {
            (void)md->callIndex(p.name, v.name);
          }
        }
      }
      (void)md->signedExtensions();
    }
  }
  CHECK(rejected > 0);
  MESSAGE(rejected << " mutated inputs rejected, " << accepted
                   << " still decoded (e.g. a doc byte)");
}
