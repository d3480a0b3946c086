// SPDX-License-Identifier: Apache-2.0
// Batch verification: verify each, report all-valid.
#include "host/crypto/batch_verifier.hpp"

namespace rt::hostlib::crypto {

bool BatchVerifier::push(Scheme scheme, ByteSpan signature, ByteSpan message, ByteSpan public_key) {
  const bool ok = verifySignature(scheme, signature, message, public_key);
  all_valid_ = all_valid_ && ok;
  ++count_;
  return ok;
}

bool BatchVerifier::finish() {
  const bool result = all_valid_;
  all_valid_ = true;
  count_ = 0;
  return result;
}

bool verifyBatch(std::span<const BatchItem> items) {
  bool all = true;
  for (const BatchItem& item : items) {
    all = verifySignature(item.scheme, item.signature, item.message, item.public_key) && all;
  }
  return all;
}

}  // namespace rt::hostlib::crypto
