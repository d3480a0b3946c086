// SPDX-License-Identifier: Apache-2.0
// The ristretto255 group and its scalars mod ℓ, as schnorrkel uses them through curve25519-dalek,
// expressed with libsodium's `crypto_core_ristretto255_*` / `crypto_scalarmult_ristretto255*`.
// Points are always handled in their canonical 32-byte compressed form; the identity is all zeros.
#pragma once

#include <optional>

#include "host/crypto/bytes.hpp"

namespace rt::hostlib::crypto::ristretto {

/// A scalar mod ℓ, 32 bytes little-endian, fully reduced.
using Scalar = Bytes<32>;
/// A compressed ristretto255 point (canonical encoding).
using Point = Bytes<32>;

/// `Scalar::from_bytes_mod_order_wide`: a 512-bit little-endian value reduced mod ℓ.
Scalar fromWide(const Bytes<64>& wide);
/// True when the 32 bytes are a canonical scalar (< ℓ) — `Scalar::from_canonical_bytes`.
bool isCanonical(const Bytes<32>& s);
/// x + y mod ℓ.
Scalar scalarAdd(const Scalar& x, const Scalar& y);
/// x · y mod ℓ.
Scalar scalarMul(const Scalar& x, const Scalar& y);

/// True when `p` decodes to a ristretto255 point (`CompressedRistretto::decompress` is Some).
bool isValidPoint(const Point& p);
/// s · B for the ristretto basepoint B (`&s * RISTRETTO_BASEPOINT_TABLE`, compressed).
Point mulBase(const Scalar& s);
/// s · P; nullopt when `p` does not decode.
std::optional<Point> pointMul(const Scalar& s, const Point& p);
/// P + Q; nullopt when either does not decode.
std::optional<Point> pointAdd(const Point& p, const Point& q);
/// P − Q; nullopt when either does not decode.
std::optional<Point> pointSub(const Point& p, const Point& q);

}  // namespace rt::hostlib::crypto::ristretto
