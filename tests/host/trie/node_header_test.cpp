// SPDX-License-Identifier: Apache-2.0
// Node headers: the prefix of each kind, the nibble-count boundaries where continuation bytes start
// (62/63 nibbles for 6 size bits, 30/31 for 5, 14/15 for 4) and where a 255 byte appears, and a
// round trip through sp-trie's decode_size (node_header.rs) for counts up to 2,000.
#include <doctest/doctest.h>

#include <cstddef>

#include "host/hashing/test_hex.hpp"
#include "host/trie/node_header.hpp"

using namespace rt::hostlib::trie;
using rt::hostlib::test::toHex;

namespace {

std::string header(NodeKind kind, std::size_t nibbles) {
  Bytes out;
  appendNodeHeader(kind, nibbles, out);
  return toHex(out);
}

/// sp-trie node_header.rs decode_size, ported for the test: the nibble count from a header.
/// https://github.com/paritytech/polkadot-sdk/blob/0d768d9cddf42c630d7d1e4216060d9b30e0614b/substrate/primitives/trie/src/node_header.rs#L155
std::size_t decodeSize(const Bytes& h, unsigned kind_len, std::size_t& used) {
  const std::size_t max_value = 255u >> kind_len;
  std::size_t result = h[0] & max_value;
  used = 1;
  if (result < max_value) return result;
  result -= 1;
  for (;;) {
    const std::size_t n = h[used++];
    if (n < 255) return result + n + 1;
    result += 255;
  }
}

}  // namespace

TEST_CASE("node header: kind prefixes") {
  CHECK(header(NodeKind::Leaf, 0) == "40");
  CHECK(header(NodeKind::BranchNoValue, 0) == "80");
  CHECK(header(NodeKind::BranchWithValue, 0) == "c0");
  CHECK(header(NodeKind::HashedValueLeaf, 0) == "20");
  CHECK(header(NodeKind::HashedValueBranch, 0) == "10");
  CHECK(header(NodeKind::Leaf, 2) == "42");  // sp-trie codec_trie_single_tuple
}

TEST_CASE("node header: continuation boundaries") {
  // 2-bit kinds: 6 size bits, 62 fits, 63 needs one more byte.
  CHECK(header(NodeKind::Leaf, 62) == "7e");
  CHECK(header(NodeKind::Leaf, 63) == "7f00");
  CHECK(header(NodeKind::Leaf, 64) == "7f01");
  CHECK(header(NodeKind::BranchWithValue, 62 + 255) == "fffe");
  CHECK(header(NodeKind::BranchWithValue, 62 + 256) == "ffff00");
  CHECK(header(NodeKind::BranchNoValue, 62 + 256 + 255) == "bfffff00");
  // HashedValueLeaf: 5 size bits, 30 fits.
  CHECK(header(NodeKind::HashedValueLeaf, 30) == "3e");
  CHECK(header(NodeKind::HashedValueLeaf, 31) == "3f00");
  // HashedValueBranch: 4 size bits, 14 fits.
  CHECK(header(NodeKind::HashedValueBranch, 14) == "1e");
  CHECK(header(NodeKind::HashedValueBranch, 15) == "1f00");
  CHECK(header(NodeKind::HashedValueBranch, 400) == "1fff82");  // 400 - 14 = 386 = 255 + 131
}

TEST_CASE("node header: round trip through sp-trie's decode_size") {
  const struct {
    NodeKind kind;
    unsigned kind_len;
  } kinds[] = {{NodeKind::Leaf, 2},
               {NodeKind::BranchNoValue, 2},
               {NodeKind::BranchWithValue, 2},
               {NodeKind::HashedValueLeaf, 3},
               {NodeKind::HashedValueBranch, 4}};
  for (const auto& k : kinds) {
    for (std::size_t n = 0; n <= 2000; ++n) {
      Bytes h;
      appendNodeHeader(k.kind, n, h);
      std::size_t used = 0;
      CHECK(decodeSize(h, k.kind_len, used) == n);
      CHECK(used == h.size());
    }
  }
}
