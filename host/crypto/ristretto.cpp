// SPDX-License-Identifier: Apache-2.0
// ristretto255 over libsodium (≥ 1.0.18). libsodium's scalar multiplications return -1 when the
// result is the identity but still write its (all-zero) encoding, which is what curve25519-dalek
// would compress it to, so those results are kept; only undecodable inputs are failures.
#include "host/crypto/ristretto.hpp"

#include <sodium.h>

#include <cstring>

#include "host/crypto/sodium.hpp"

namespace rt::hostlib::crypto::ristretto {

Scalar fromWide(const Bytes<64>& wide) {
  ensureSodium();
  Scalar s;
  crypto_core_ristretto255_scalar_reduce(s.data(), wide.data());
  return s;
}

bool isCanonical(const Bytes<32>& s) {
  // Reducing a 256-bit value leaves it unchanged exactly when it is already below ℓ.
  Bytes<64> wide{};
  std::memcpy(wide.data(), s.data(), 32);
  return fromWide(wide) == s;
}

Scalar scalarAdd(const Scalar& x, const Scalar& y) {
  ensureSodium();
  Scalar z;
  crypto_core_ristretto255_scalar_add(z.data(), x.data(), y.data());
  return z;
}

Scalar scalarMul(const Scalar& x, const Scalar& y) {
  ensureSodium();
  Scalar z;
  crypto_core_ristretto255_scalar_mul(z.data(), x.data(), y.data());
  return z;
}

bool isValidPoint(const Point& p) {
  ensureSodium();
  return crypto_core_ristretto255_is_valid_point(p.data()) == 1;
}

Point mulBase(const Scalar& s) {
  ensureSodium();
  Point q;
  // Scalars here are reduced (< 2^253), so libsodium's clearing of bit 255 changes nothing.
  // -1 only signals an identity result, whose all-zero encoding is already in q.
  const int identity = crypto_scalarmult_ristretto255_base(q.data(), s.data());
  (void)identity;
  return q;
}

std::optional<Point> pointMul(const Scalar& s, const Point& p) {
  if (!isValidPoint(p)) return std::nullopt;
  Point q;
  // p decodes (checked above), so -1 only signals an identity result (q is all zeros).
  const int identity = crypto_scalarmult_ristretto255(q.data(), s.data(), p.data());
  (void)identity;
  return q;
}

std::optional<Point> pointAdd(const Point& p, const Point& q) {
  ensureSodium();
  Point r;
  if (crypto_core_ristretto255_add(r.data(), p.data(), q.data()) != 0) return std::nullopt;
  return r;
}

std::optional<Point> pointSub(const Point& p, const Point& q) {
  ensureSodium();
  Point r;
  if (crypto_core_ristretto255_sub(r.data(), p.data(), q.data()) != 0) return std::nullopt;
  return r;
}

}  // namespace rt::hostlib::crypto::ristretto
