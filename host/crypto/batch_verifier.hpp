// SPDX-License-Identifier: Apache-2.0
// Batch verification as sp-io now emulates it for old runtimes (ext_crypto_start_batch_verify,
// ext_crypto_{sr25519,ed25519,ecdsa}_batch_verify, ext_crypto_finish_batch_verify): each pushed
// signature is verified at once, its own result returned, and the batch result is the AND of them
// all (`VerificationExtDeprecated`, polkadot-sdk substrate/primitives/io/src/lib.rs @ 01e5c617).
#pragma once

#include "host/crypto/bytes.hpp"
#include "host/crypto/scheme.hpp"

namespace rt::hostlib::crypto {

/// One signature to verify.
struct BatchItem {
  Scheme scheme;
  ByteSpan signature;
  ByteSpan message;
  ByteSpan public_key;
};

/// Accumulates verification results between start and finish of a batch.
class BatchVerifier {
 public:
  /// Verifies one signature now; returns its result and folds it into the batch.
  bool push(Scheme scheme, ByteSpan signature, ByteSpan message, ByteSpan public_key);
  /// True when every pushed signature verified (true for an empty batch); resets the batch.
  bool finish();
  /// Signatures pushed since the last finish.
  size_t size() const { return count_; }

 private:
  bool all_valid_ = true;
  size_t count_ = 0;
};

/// Verifies every item; true when all are valid (an empty list is valid).
bool verifyBatch(std::span<const BatchItem> items);

}  // namespace rt::hostlib::crypto
