// SPDX-License-Identifier: Apache-2.0
// The text format of vectors/chopsticks_roots.txt, also what trie_root_cli reads on stdin:
//   state <name> [v0=<root> v1=<root>]      then "<key> <value>" lines
//   ordered <name> [v0=<root> v1=<root>]    then "<value>" lines (item i has key Compact<u32>(i))
// Bytes are 0x-prefixed hex ("0x" = empty); '#' lines and blank lines are skipped. Shared by
// fixture_test.cpp and trie_root_cli.cpp so both read exactly the same thing.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "host/hashing/test_hex.hpp"
#include "host/trie/trie_root.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::test {

/// One state or ordered list, with the roots the file expects (if it gives them).
struct TrieRecord {
  bool ordered = false;                          ///< "ordered" record (else "state")
  std::string name;                              ///< the record's name
  std::optional<trie::Hash256> v0, v1;           ///< expected roots, state versions 0 and 1
  std::map<trie::Bytes, trie::Bytes> state;      ///< state records: key -> value
  std::vector<trie::Bytes> values;               ///< ordered records: the items in order
  int line = 0;                                  ///< line of the header, for messages
};

namespace detail {

inline std::vector<std::string_view> splitSpaces(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    const std::size_t b = s.find_first_not_of(' ');
    if (b == std::string_view::npos) break;
    s.remove_prefix(b);
    const std::size_t e = s.find(' ');
    out.push_back(s.substr(0, e));
    s.remove_prefix(e == std::string_view::npos ? s.size() : e);
  }
  return out;
}

inline std::optional<trie::Hash256> parseRoot(std::string_view hex) {
  auto b = parseHex(hex);
  if (!b || b->size() != 32) return std::nullopt;
  trie::Hash256 h;
  std::copy(b->begin(), b->end(), h.begin());
  return h;
}

}  // namespace detail

/// Parses the whole text; the error names the offending line.
inline rt::Result<std::vector<TrieRecord>, std::string> parseTrieRecords(std::string_view text) {
  std::vector<TrieRecord> out;
  int line_no = 0;
  while (!text.empty()) {
    ++line_no;
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const auto f = detail::splitSpaces(line);
    const auto bad = [&](const char* why) {
      return rt::Err("line " + std::to_string(line_no) + ": " + why);
    };
    if (f.empty()) continue;
    if (f[0] == "state" || f[0] == "ordered") {
      if (f.size() < 2) return bad("record header without a name");
      TrieRecord r;
      r.ordered = f[0] == "ordered";
      r.name = std::string(f[1]);
      r.line = line_no;
      for (std::size_t i = 2; i < f.size(); ++i) {
        const bool is_v0 = f[i].starts_with("v0="), is_v1 = f[i].starts_with("v1=");
        if (!is_v0 && !is_v1) return bad("unknown header field");
        auto root = detail::parseRoot(f[i].substr(3));
        if (!root) return bad("root is not 32 bytes of hex");
        (is_v0 ? r.v0 : r.v1) = *root;
      }
      out.push_back(std::move(r));
      continue;
    }
    if (out.empty()) return bad("item before the first record header");
    TrieRecord& r = out.back();
    if (r.ordered) {
      if (f.size() != 1) return bad("an ordered item is one hex value");
      auto v = parseHex(f[0]);
      if (!v || !f[0].starts_with("0x")) return bad("value is not 0x-hex");
      r.values.push_back(std::move(*v));
    } else {
      if (f.size() != 2) return bad("a state item is \"<key> <value>\"");
      auto k = parseHex(f[0]);
      auto v = parseHex(f[1]);
      if (!k || !v || !f[0].starts_with("0x") || !f[1].starts_with("0x")) {
        return bad("key or value is not 0x-hex");
      }
      if (!r.state.emplace(std::move(*k), std::move(*v)).second) return bad("duplicate key");
    }
  }
  return out;
}

/// Root of `r` under `version`, computed by host/trie.
inline trie::Hash256 computeRoot(const TrieRecord& r, trie::StateVersion version) {
  return r.ordered ? trie::orderedTrieRoot(r.values, version) : trie::trieRoot(r.state, version);
}

}  // namespace rt::hostlib::test
