// SPDX-License-Identifier: Apache-2.0
// STROBE-128: the part of the STROBE protocol framework (strobe.sourceforge.io, v1.0.2) that
// Merlin transcripts use — meta-AD, AD, KEY and PRF over Keccak-f[1600] with rate 166 — ported from
// merlin's minimal `Strobe128`:
// https://github.com/dalek-cryptography/merlin/blob/53535f32e6d6de421372d67f56176af0c0f55fd7/src/strobe.rs
#pragma once

#include <cstdint>
#include <span>

#include "host/crypto/bytes.hpp"

namespace rt::hostlib::crypto {

/// A STROBE context at the 128-bit security level (copyable: Merlin forks transcripts by copy).
class Strobe128 {
 public:
  /// STROBE init with the given protocol label (strobe.rs#L49).
  explicit Strobe128(ByteSpan protocol_label);

  /// meta-AD: absorb framing metadata (strobe.rs#L71). `more` continues the previous op.
  void metaAd(ByteSpan data, bool more);
  /// AD: absorb associated data (strobe.rs#L76).
  void ad(ByteSpan data, bool more);
  /// PRF: squeeze pseudo-random output into `out` (strobe.rs#L81).
  void prf(std::span<uint8_t> out, bool more);
  /// KEY: overwrite the state with key material (strobe.rs#L86).
  void key(ByteSpan data, bool more);

 private:
  void runF();
  void absorb(ByteSpan data);
  void overwrite(ByteSpan data);
  void squeeze(std::span<uint8_t> out);
  void beginOp(uint8_t flags, bool more);

  alignas(8) uint8_t state_[200];
  uint8_t pos_ = 0;
  uint8_t pos_begin_ = 0;
  uint8_t cur_flags_ = 0;
};

}  // namespace rt::hostlib::crypto
