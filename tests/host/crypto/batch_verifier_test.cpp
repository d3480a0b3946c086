// SPDX-License-Identifier: Apache-2.0
// Batch verification: all-valid over a mixed list, one bad signature spoils the batch.
#include <doctest/doctest.h>

#include "host/crypto/batch_verifier.hpp"
#include "host/crypto/from_uri.hpp"

using namespace rt::hostlib::crypto;

TEST_CASE("mixed batch") {
  auto sr = sr25519FromUri("//Alice");
  auto ed = ed25519FromUri("//Bob");
  auto ec = ecdsaFromUri("//Charlie");
  REQUIRE(sr.has_value());
  REQUIRE(ed.has_value());
  REQUIRE(ec.has_value());
  const auto msg = asBytes("batch");
  const auto s1 = sr25519::sign(*sr, msg);
  const auto s2 = ed25519::sign(*ed, msg);
  const auto s3 = ecdsa::sign(*ec, msg);
  auto bad = s2;
  bad[0] ^= 1;

  const BatchItem good_items[] = {
      {Scheme::Sr25519, s1, msg, sr->public_key},
      {Scheme::Ed25519, s2, msg, ed->public_key},
      {Scheme::Ecdsa, s3, msg, ec->public_key},
  };
  CHECK(verifyBatch(good_items));
  CHECK(verifyBatch({}));
  const BatchItem with_bad[] = {good_items[0], {Scheme::Ed25519, bad, msg, ed->public_key}};
  CHECK_FALSE(verifyBatch(with_bad));
  const BatchItem wrong_size[] = {{Scheme::Ecdsa, s1, msg, ec->public_key}};
  CHECK_FALSE(verifyBatch(wrong_size));

  BatchVerifier batch;
  CHECK(batch.push(Scheme::Sr25519, s1, msg, sr->public_key));
  CHECK_FALSE(batch.push(Scheme::Ed25519, bad, msg, ed->public_key));
  CHECK(batch.push(Scheme::Ecdsa, s3, msg, ec->public_key));
  CHECK(batch.size() == 3);
  CHECK_FALSE(batch.finish());
  CHECK(batch.size() == 0);
  CHECK(batch.push(Scheme::Sr25519, s1, msg, sr->public_key));
  CHECK(batch.finish());
}
