// SPDX-License-Identifier: Apache-2.0
// Reads tests/host/crypto/vectors/vectors.txt (written by vectors/generate.mjs): one record per
// line, whitespace-separated fields, '#' comments.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "host/crypto/hex.hpp"

namespace rt::hostlib::crypto::test {

using Record = std::vector<std::string>;

/// Every record whose first field is `kind`.
inline std::vector<Record> vectors(const std::string& kind) {
  std::ifstream in(RT_CRYPTO_VECTORS);
  REQUIRE_MESSAGE(in.good(), "cannot open " RT_CRYPTO_VECTORS);
  std::vector<Record> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    Record r;
    for (std::string f; fields >> f;) r.push_back(f);
    if (!r.empty() && r[0] == kind) out.push_back(std::move(r));
  }
  return out;
}

/// Hex to bytes; fails the test on malformed hex.
inline ByteVec bytes(const std::string& hex) {
  auto v = fromHex(hex);
  REQUIRE(v.has_value());
  return *v;
}

/// Hex to exactly N bytes; fails the test otherwise.
template <size_t N>
Bytes<N> fixed(const std::string& hex) {
  auto v = fromHexFixed<N>(hex);
  REQUIRE(v.has_value());
  return *v;
}

}  // namespace rt::hostlib::crypto::test
