// SPDX-License-Identifier: Apache-2.0
// STROBE-128 operations, one for one with merlin's strobe.rs (commit 53535f32). Line references
// below are to that file.
#include "host/crypto/strobe128.hpp"

#include <cstring>

#include "host/hashing/keccak.hpp"
#include "rt/assert.hpp"

namespace rt::hostlib::crypto {
namespace {

// strobe.rs#L9: R = 200 - 2·(128/8) - 2, the rate in bytes for security level 128.
constexpr uint8_t kStrobeR = 166;

// strobe.rs#L11-L16: operation flags.
constexpr uint8_t kFlagI = 1;
constexpr uint8_t kFlagA = 1 << 1;
constexpr uint8_t kFlagC = 1 << 2;
constexpr uint8_t kFlagT = 1 << 3;
constexpr uint8_t kFlagM = 1 << 4;
constexpr uint8_t kFlagK = 1 << 5;

/// Keccak-f[1600] on the 200-byte state, lanes little-endian (FIPS 202, section 3.1.2), via the
/// host's one Keccak permutation (host/hashing/keccak.hpp).
void keccakF1600Bytes(uint8_t state[200]) {
  hashing::KeccakState lanes;
  for (size_t i = 0; i < 25; ++i) {
    uint64_t lane = 0;
    for (int b = 7; b >= 0; --b) lane = (lane << 8) | state[8 * i + static_cast<size_t>(b)];
    lanes[i] = lane;
  }
  hashing::keccakF1600(lanes);
  for (size_t i = 0; i < 25; ++i) {
    for (int b = 0; b < 8; ++b) state[8 * i + static_cast<size_t>(b)] = static_cast<uint8_t>(lanes[i] >> (8 * b));
  }
}

}  // namespace

Strobe128::Strobe128(ByteSpan protocol_label) {
  // strobe.rs#L49-L68: [1, R+2, 1, 0, 1, 96] ‖ "STROBEv1.0.2", permuted once, then meta-AD(label).
  std::memset(state_, 0, sizeof state_);
  const uint8_t head[6] = {1, kStrobeR + 2, 1, 0, 1, 96};
  std::memcpy(state_, head, sizeof head);
  std::memcpy(state_ + 6, "STROBEv1.0.2", 12);
  keccakF1600Bytes(state_);
  metaAd(protocol_label, false);
}

void Strobe128::metaAd(ByteSpan data, bool more) {
  beginOp(kFlagM | kFlagA, more);
  absorb(data);
}

void Strobe128::ad(ByteSpan data, bool more) {
  beginOp(kFlagA, more);
  absorb(data);
}

void Strobe128::prf(std::span<uint8_t> out, bool more) {
  beginOp(kFlagI | kFlagA | kFlagC, more);
  squeeze(out);
}

void Strobe128::key(ByteSpan data, bool more) {
  beginOp(kFlagA | kFlagC, more);
  overwrite(data);
}

// strobe.rs#L93: pad with pos_begin, the cSHAKE-style 0x04 and the final 0x80, then permute.
void Strobe128::runF() {
  state_[pos_] ^= pos_begin_;
  state_[pos_ + 1] ^= 0x04;
  state_[kStrobeR + 1] ^= 0x80;
  keccakF1600Bytes(state_);
  pos_ = 0;
  pos_begin_ = 0;
}

void Strobe128::absorb(ByteSpan data) {
  for (uint8_t byte : data) {
    state_[pos_] ^= byte;
    if (++pos_ == kStrobeR) runF();
  }
}

void Strobe128::overwrite(ByteSpan data) {
  for (uint8_t byte : data) {
    state_[pos_] = byte;
    if (++pos_ == kStrobeR) runF();
  }
}

void Strobe128::squeeze(std::span<uint8_t> out) {
  for (uint8_t& byte : out) {
    byte = state_[pos_];
    state_[pos_] = 0;
    if (++pos_ == kStrobeR) runF();
  }
}

// strobe.rs#L133: a continued op keeps its flags; a new one absorbs (old pos_begin, flags) and
// forces a permutation when it is keyed (C) or a key op (K).
void Strobe128::beginOp(uint8_t flags, bool more) {
  if (more) {
    RT_ASSERT(cur_flags_ == flags);
    return;
  }
  RT_ASSERT((flags & kFlagT) == 0);  // transport ops are not part of this subset
  const uint8_t old_begin = pos_begin_;
  pos_begin_ = static_cast<uint8_t>(pos_ + 1);
  cur_flags_ = flags;
  const uint8_t header[2] = {old_begin, flags};
  absorb(header);
  const bool force_f = (flags & (kFlagC | kFlagK)) != 0;
  if (force_f && pos_ != 0) runF();
}

}  // namespace rt::hostlib::crypto
