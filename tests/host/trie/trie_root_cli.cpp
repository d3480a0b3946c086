// SPDX-License-Identifier: Apache-2.0
// trie_root_cli: reads state/ordered records (state_file.hpp format) on stdin and prints, for each,
//   <state|ordered> <name> v0=0x<root> v1=0x<root>
// computed by host/trie. The live cross-check (live_crosscheck.test.mjs) feeds it random states
// and compares with @acala-network/chopsticks-executor. Exit status 1 with a message on stderr for
// malformed input.
#include <cstdio>
#include <string>

#include "host/trie/trie_root.hpp"
#include "state_file.hpp"

using namespace rt::hostlib;

int main() {
  std::string text;
  char buf[1 << 16];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, stdin)) > 0;) text.append(buf, n);
  auto records = test::parseTrieRecords(text);
  if (!records) {
    std::fprintf(stderr, "trie_root_cli: %s\n", records.error().c_str());
    return 1;
  }
  for (const test::TrieRecord& r : *records) {
    const auto v0 = test::computeRoot(r, trie::StateVersion::V0);
    const auto v1 = test::computeRoot(r, trie::StateVersion::V1);
    std::printf("%s %s v0=0x%s v1=0x%s\n", r.ordered ? "ordered" : "state", r.name.c_str(),
                test::toHex(v0).c_str(), test::toHex(v1).c_str());
  }
  return 0;
}
