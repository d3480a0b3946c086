// SPDX-License-Identifier: Apache-2.0
// Node header encoding (sp-trie node_header.rs, size_and_prefix_iterator).
#include "host/trie/node_header.hpp"

namespace rt::hostlib::trie {

namespace {

struct Prefix {
  uint8_t bits;       ///< the kind's bit pattern in the first byte
  unsigned kind_len;  ///< how many top bits it takes (the `prefix_mask` argument in sp-trie)
};

Prefix prefixOf(NodeKind kind) {
  switch (kind) {
    case NodeKind::Leaf:
      return {kLeafPrefix, 2};
    case NodeKind::BranchNoValue:
      return {kBranchWithoutValuePrefix, 2};
    case NodeKind::BranchWithValue:
      return {kBranchWithValuePrefix, 2};
    case NodeKind::HashedValueLeaf:
      return {kHashedValueLeafPrefix, 3};
    case NodeKind::HashedValueBranch:
      return {kHashedValueBranchPrefix, 4};
  }
  RT_UNREACHABLE("unknown NodeKind");
}

}  // namespace

void appendNodeHeader(NodeKind kind, std::size_t nibble_count, Bytes& out) {
  const Prefix p = prefixOf(kind);
  const std::size_t max_value = 255u >> p.kind_len;  // all size bits of the first byte set
  const std::size_t first = max_value - 1 < nibble_count ? max_value - 1 : nibble_count;
  if (nibble_count == first) {
    out.push_back(static_cast<uint8_t>(p.bits + first));
    return;
  }
  out.push_back(static_cast<uint8_t>(p.bits + max_value));
  // The remainder, in bytes of 255 ended by (rest - 1) < 255. Mirrors size_and_prefix_iterator,
  // whose `rem < 256` test ends the run with a byte 0..254.
  std::size_t rem = nibble_count - first;
  while (rem >= 256) {
    out.push_back(255);
    rem -= 255;
  }
  out.push_back(static_cast<uint8_t>(rem - 1));
}

}  // namespace rt::hostlib::trie
