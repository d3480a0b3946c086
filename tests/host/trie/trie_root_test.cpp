// SPDX-License-Identifier: Apache-2.0
// trie roots: the node-encoding vectors of sp-trie's own tests (lib.rs: codec_trie_empty,
// codec_trie_single_tuple, codec_trie_two_tuples_disjoint_keys), the state-version-1 threshold at
// 32/33 bytes in leaves and branches, the empty root, ordered roots (keys are compact indices, not
// sorted like the indices), the keccak hasher, and the errors of the checked entry points.
#include <doctest/doctest.h>

#include <map>
#include <vector>

#include "host/hashing/blake2b.hpp"
#include "host/hashing/keccak.hpp"
#include "host/hashing/test_hex.hpp"
#include "host/trie/node_codec.hpp"
#include "host/trie/trie_root.hpp"

using namespace rt::hostlib::trie;
using rt::hostlib::test::toHex;
using rt::hostlib::test::unhex;
namespace hashing = rt::hostlib::hashing;

namespace {

constexpr char kEmptyRoot[] = "03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314";

std::map<Bytes, Bytes> kv(std::initializer_list<std::pair<const char*, const char*>> hex_pairs) {
  std::map<Bytes, Bytes> out;
  for (const auto& [k, v] : hex_pairs) out.emplace(unhex(k), unhex(v));
  return out;
}

}  // namespace

TEST_CASE("trie: empty trie (sp-trie codec_trie_empty, hashed_null_node)") {
  CHECK(toHex(trieRootNode({}, StateVersion::V1)) == "00");
  CHECK(toHex(trieRoot({}, StateVersion::V0)) == kEmptyRoot);
  CHECK(toHex(trieRoot({}, StateVersion::V1)) == kEmptyRoot);
  CHECK(toHex(emptyTrieRoot()) == kEmptyRoot);
  // The extrinsics root of a block without extrinsics.
  CHECK(toHex(orderedTrieRoot({}, StateVersion::V0)) == kEmptyRoot);
}

TEST_CASE("trie: sp-trie codec_trie_single_tuple") {
  // 0x42: leaf with 2 nibbles; aa: key; 04: Compact(1); bb: value.
  CHECK(toHex(trieRootNode(kv({{"aa", "bb"}}), StateVersion::V1)) == "42aa04bb");
}

TEST_CASE("trie: sp-trie codec_trie_two_tuples_disjoint_keys") {
  const auto node = trieRootNode(kv({{"4819", "fe"}, {"1314", "ff"}}), StateVersion::V1);
  // 80: branch without value, no partial key; 1200: children 1 and 4; then each child inline as
  // Vec<u8>: 14 (= Compact(5)), leaf 43 with 3 nibbles 0 3 14 / 0 8 19, value 04 ff / 04 fe.
  CHECK(toHex(node) == "801200" "14" "430314" "04ff" "14" "430819" "04fe");
}

TEST_CASE("trie: a known root from chopsticks-executor") {
  // calculate_state_root([["0x01", "0x02"]], 0|1): leaf 42 01 04 02, hashed.
  const auto one = kv({{"01", "02"}});
  CHECK(toHex(trieRootNode(one, StateVersion::V0)) == "42010402");
  CHECK(toHex(trieRoot(one, StateVersion::V0)) ==
        "b702cfc0277a95e40d55cf7128e1e83a24ed70dabb92340a06b68bc4599fbb61");
  const auto big = std::map<Bytes, Bytes>{{unhex("01"), Bytes(40, 0xab)}};
  CHECK(toHex(trieRoot(big, StateVersion::V0)) ==
        "b32f9a016c143ffd356c6af3158f4eff57906cb74fbe913d8f6dd5dce045abb8");
  CHECK(toHex(trieRoot(big, StateVersion::V1)) ==
        "5315c6e7ddb57adffcc49c96d48a529982c909751b784be5301fd288bc255913");
}

TEST_CASE("trie: state version 1 hashes values of 33 bytes and more, in leaves") {
  const Bytes v32(32, 0x11), v33(33, 0x22);
  const auto leaf32 = std::map<Bytes, Bytes>{{unhex("aa"), v32}};
  const auto leaf33 = std::map<Bytes, Bytes>{{unhex("aa"), v33}};
  // 32 bytes: inline in both versions (42 aa 80 <32 bytes>).
  CHECK(toHex(trieRootNode(leaf32, StateVersion::V1)) == "42aa80" + toHex(v32));
  CHECK(trieRoot(leaf32, StateVersion::V0) == trieRoot(leaf32, StateVersion::V1));
  // 33 bytes: V0 inline (84 = Compact(33)), V1 a hashed-value leaf (0x20 | 2 nibbles) + blake2_256.
  CHECK(toHex(trieRootNode(leaf33, StateVersion::V0)) == "42aa84" + toHex(v33));
  CHECK(toHex(trieRootNode(leaf33, StateVersion::V1)) == "22aa" + toHex(hashing::blake2b256(v33)));
  CHECK(trieRoot(leaf33, StateVersion::V0) != trieRoot(leaf33, StateVersion::V1));
}

TEST_CASE("trie: state version 1 hashes values of 33 bytes and more, in branches") {
  // The empty key holds the branch value; key 01 is child 0 (nibble 0 at position 0).
  const Bytes v33(33, 0x33);
  const auto state = std::map<Bytes, Bytes>{{Bytes{}, v33}, {unhex("01"), unhex("05")}};
  const std::string child = "10" "4101" "0405";  // Vec<u8> of 4 bytes: leaf 41 (1 nibble) 1, 04 05
  CHECK(toHex(trieRootNode(state, StateVersion::V0)) == "c00100" "84" + toHex(v33) + child);
  CHECK(toHex(trieRootNode(state, StateVersion::V1)) ==
        "100100" + toHex(hashing::blake2b256(v33)) + child);
}

TEST_CASE("trie: children of 32 bytes or more are referenced by hash") {
  // Child leaves: 41 <nibble> <Compact(len)> <value>: a 27-byte value makes a 30-byte node
  // (inline, prefix 78 = Compact(30)); a 29-byte value makes a 32-byte node (hashed, prefix 80).
  const Bytes v27(27, 0x27), v29(29, 0x29);
  const auto state = std::map<Bytes, Bytes>{{unhex("10"), v27}, {unhex("20"), v29}};
  Bytes leaf29 = unhex("410074");  // leaf, 1 nibble (0), Compact(29) = 0x74
  leaf29.insert(leaf29.end(), v29.begin(), v29.end());
  REQUIRE(leaf29.size() == 32);
  const std::string expected = std::string("800600") + "78" + "41006c" + toHex(v27) + "80" +
                               toHex(hashing::blake2b256(leaf29));
  CHECK(toHex(trieRootNode(state, StateVersion::V0)) == expected);
}

TEST_CASE("trie: ordered roots use Compact<u32> keys, sorted as bytes") {
  CHECK(toHex(orderedTrieKey(0)) == "00");
  CHECK(toHex(orderedTrieKey(1)) == "04");
  CHECK(toHex(orderedTrieKey(63)) == "fc");
  CHECK(toHex(orderedTrieKey(64)) == "0101");
  CHECK(toHex(orderedTrieKey(16384)) == "02000100");
  // 70 items: indices 64.. have keys 01 01.. that sort before 04 (index 1); building from the
  // explicit map must agree.
  std::vector<Bytes> values;
  std::map<Bytes, Bytes> as_map;
  for (uint32_t i = 0; i < 70; ++i) {
    values.push_back(Bytes(i % 40, static_cast<uint8_t>(i)));
    as_map.emplace(orderedTrieKey(i), values.back());
  }
  for (StateVersion v : {StateVersion::V0, StateVersion::V1}) {
    CHECK(orderedTrieRoot(values, v) == trieRoot(as_map, v));
  }
  // One item: a leaf under key 00.
  const std::vector<Bytes> one{unhex("abcd")};
  CHECK(toHex(orderedTrieRoot(one, StateVersion::V0)) ==
        toHex(hashing::blake2b256(unhex("42" "00" "08abcd"))));
}

TEST_CASE("trie: keccak-256 hasher (ext_trie_keccak_256_*) hashes nodes and values with keccak") {
  CHECK(toHex(emptyTrieRoot(TrieHasher::Keccak_256)) == toHex(hashing::keccak256(unhex("00"))));
  const Bytes v33(33, 0x44);
  const auto leaf33 = std::map<Bytes, Bytes>{{unhex("aa"), v33}};
  const Bytes node = trieRootNode(leaf33, StateVersion::V1, TrieHasher::Keccak_256);
  CHECK(toHex(node) == "22aa" + toHex(hashing::keccak256(v33)));
  CHECK(trieRoot(leaf33, StateVersion::V1, TrieHasher::Keccak_256) == hashing::keccak256(node));
}

TEST_CASE("trie: trieRootOfSorted rejects unsorted and duplicate keys") {
  const Bytes a = unhex("01"), b = unhex("02"), v = unhex("00");
  const KeyValue sorted[] = {{a, v}, {b, v}};
  const KeyValue unsorted[] = {{b, v}, {a, v}};
  const KeyValue duplicate[] = {{a, v}, {a, v}};
  CHECK(trieRootOfSorted(sorted, StateVersion::V0).has_value());
  CHECK(trieRootOfSorted(unsorted, StateVersion::V0).error() == TrieError::UnsortedKeys);
  CHECK(trieRootOfSorted(duplicate, StateVersion::V0).error() == TrieError::UnsortedKeys);
  CHECK(trieRootOfSorted({}, StateVersion::V0).value() == emptyTrieRoot());
}

TEST_CASE("trie: state versions from the runtime") {
  CHECK(stateVersionFromInt(0).value() == StateVersion::V0);
  CHECK(stateVersionFromInt(1).value() == StateVersion::V1);
  CHECK(stateVersionFromInt(2).error() == TrieError::UnknownStateVersion);
  CHECK(std::string(toString(TrieError::UnsortedKeys)).find("order") != std::string::npos);
}
