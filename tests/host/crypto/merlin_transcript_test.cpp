// SPDX-License-Identifier: Apache-2.0
// Merlin transcripts against the published vectors of merlin's equivalence tests, as other Merlin
// ports pin them (oasisprotocol/curve25519-voi primitives/merlin transcript_test.go:
// TestSimpleTranscript, TestComplexTranscript), plus forking and the witness RNG.
#include <doctest/doctest.h>

#include "host/crypto/hex.hpp"
#include "host/crypto/merlin_transcript.hpp"

using namespace rt::hostlib::crypto;

TEST_CASE("simple transcript vector") {
  Transcript t("test protocol");
  t.appendMessage("some label", asBytes("some data"));
  Bytes<32> c;
  t.challengeBytes("challenge", c);
  CHECK(toHex(c) == "0xd5a21972d0d5fe320c0d263fac7fffb8145aa640af6e9bca177c03c7efcf0615");
}

TEST_CASE("complex transcript vector (messages longer than the STROBE rate)") {
  Transcript t("test protocol");
  t.appendMessage("step1", asBytes("some data"));
  const ByteVec data(1024, 99);
  Bytes<32> c;
  for (int i = 0; i < 32; ++i) {
    t.challengeBytes("challenge", c);
    t.appendMessage("bigdata", data);
    t.appendMessage("challengedata", c);
  }
  CHECK(toHex(c) == "0xa8c933f54fae76e3f9bea93648c1308e7dfa2152dd51674ff3ca438351cf003c");
}

TEST_CASE("a copied transcript evolves independently") {
  Transcript a("p");
  Transcript b = a;
  a.appendMessage("l", asBytes("x"));
  b.appendMessage("l", asBytes("x"));
  Bytes<64> ca, cb;
  a.challengeBytes("c", ca);
  b.challengeBytes("c", cb);
  CHECK(ca == cb);
  a.appendMessage("l", asBytes("y"));
  b.appendMessage("l", asBytes("z"));
  Bytes<8> da, db;
  a.challengeBytes("c", da);
  b.challengeBytes("c", db);
  CHECK(da != db);
}

TEST_CASE("the transcript RNG is bound to transcript, witness and randomness") {
  Transcript t("test TranscriptRng collisions");
  t.appendMessage("com", asBytes("commitment data"));
  const Bytes<32> zero{}, one = [] {
    Bytes<32> r{};
    r[0] = 1;
    return r;
  }();
  auto draw = [&](std::string_view witness, const Bytes<32>& random) {
    TranscriptRngBuilder builder = t.buildRng();
    builder.rekeyWithWitnessBytes("witness", asBytes(witness));
    TranscriptRng rng = builder.finalize(random);
    Bytes<32> out;
    rng.fillBytes(out);
    return out;
  };
  CHECK(draw("w1", zero) == draw("w1", zero));
  CHECK(draw("w1", zero) != draw("w2", zero));
  CHECK(draw("w1", zero) != draw("w1", one));
  // Building an RNG does not disturb the transcript it forks.
  Transcript u("test TranscriptRng collisions");
  u.appendMessage("com", asBytes("commitment data"));
  Bytes<32> ct, cu;
  t.challengeBytes("c", ct);
  u.challengeBytes("c", cu);
  CHECK(ct == cu);
}
