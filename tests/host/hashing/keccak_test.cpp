// SPDX-License-Identifier: Apache-2.0
// keccak: the permutation on the zero state (Keccak team's KeccakF-1600-IntermediateValues.txt),
// keccak-256/512 known answers (original padding), the SHA3 padding through the same sponge (to
// show the delimiter matters), and inputs at the rate boundaries.
#include <doctest/doctest.h>

#include <vector>

#include "host/hashing/keccak.hpp"
#include "host/hashing/test_hex.hpp"

using namespace rt::hostlib::hashing;
using rt::hostlib::test::bytesOf;
using rt::hostlib::test::toHex;

TEST_CASE("keccakF1600: permutation of the all-zero state") {
  KeccakState s{};
  keccakF1600(s);
  CHECK(s[0] == 0xF1258F7940E1DDE7ULL);
  CHECK(s[1] == 0x84D5CCF933C0478AULL);
  CHECK(s[24] == 0xEAF1FF7B5CECA249ULL);
}

TEST_CASE("keccak256: original Keccak padding (Ethereum / Substrate)") {
  CHECK(toHex(keccak256(bytesOf(""))) ==
        "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  CHECK(toHex(keccak256(bytesOf("abc"))) ==
        "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
}

TEST_CASE("keccak512: original Keccak padding") {
  CHECK(toHex(keccak512(bytesOf(""))) ==
        "0eab42de4c3ceb9235fc91acffe746b29c29a8c366b7c60e4e67c466f36a4304"
        "c00fa9caf9d87976ba469bcbe06713b435f091ef2769fb160cdab33d3670680e");
  CHECK(toHex(keccak512(bytesOf("abc"))) ==
        "18587dc2ea106b9a1563e32b3312421ca164c7f1f07bc922a9c83d77cea3a1e5"
        "d0c69910739025372dc14ac9642629379540c17e2a65b19d77aa511a9d00bb96");
}

TEST_CASE("keccakSponge: SHA3 delimiter gives FIPS 202 SHA3-256, which is not keccak256") {
  Hash256 sha3{};
  keccakSponge(sha3, bytesOf(""), kKeccak256Rate, kSha3Delimiter);
  CHECK(toHex(sha3) == "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
  CHECK(toHex(sha3) != toHex(keccak256(bytesOf(""))));
}

TEST_CASE("keccak256: rate boundary (135 and 136 bytes: one vs two absorbed blocks)") {
  const std::vector<uint8_t> a135(135, 'a'), a136(136, 'a');
  CHECK(toHex(keccak256(a135)) ==
        "34367dc248bbd832f4e3e69dfaac2f92638bd0bbd18f2912ba4ef454919cf446");
  CHECK(toHex(keccak256(a136)) ==
        "a6c4d403279fe3e0af03729caada8374b5ca54d8065329a3ebcaeb4b60aa386e");
}

TEST_CASE("keccakSponge: squeezing more than one block continues the permutation") {
  // SHAKE128 of "" (FIPS 202 XOF: rate 168, delimiter 0x1f), 200 bytes: crosses a squeeze block.
  std::vector<uint8_t> out(200);
  keccakSponge(out, bytesOf(""), 168, 0x1f);
  CHECK(toHex(std::span(out).first(32)) ==
        "7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26");
  // Bytes 168..199 come from the second squeeze block (value from Python's hashlib.shake_128).
  CHECK(toHex(std::span(out).subspan(168)) ==
        "767be1fda69419dfb927e9df07348b196691abaeb580b32def58538b8d23f877");
}
