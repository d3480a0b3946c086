// SPDX-License-Identifier: Apache-2.0
// Keccak-f[1600] and the sponge. The round constants and rotation offsets are not typed in as
// tables: they are computed at compile time from their definitions in FIPS 202 (rc(t) LFSR of
// Algorithm 5 for iota, the (t+1)(t+2)/2 walk of Algorithm 2 for rho), so a typo cannot hide in
// them; the known-answer tests then pin the whole permutation.
#include "host/hashing/keccak.hpp"

#include <bit>

#include "rt/assert.hpp"

namespace rt::hostlib::hashing {

namespace {

constexpr int kRounds = 24;  // 12 + 2*l with l = 6 for w = 64 (FIPS 202 §3.4)

/// rc(t) of FIPS 202 Algorithm 5: bit t of the degree-8 LFSR x^8 + x^6 + x^5 + x^4 + 1, where
/// bit k of `r` holds R[k].
constexpr bool rcBit(unsigned t) {
  unsigned r = 1;  // R = 10000000
  for (unsigned i = 1; i <= t % 255; ++i) {
    r <<= 1;                      // R = 0 || R
    if (r & 0x100) r ^= 0x171;    // R[0], R[4], R[5], R[6] ^= R[8]; Trunc8 drops R[8]
  }
  return (r & 1) != 0;
}

/// RC for round ir (FIPS 202 Algorithm 6): bit 2^j - 1 is rc(j + 7*ir) for j = 0..6.
constexpr std::array<uint64_t, kRounds> makeRoundConstants() {
  std::array<uint64_t, kRounds> rc{};
  for (int ir = 0; ir < kRounds; ++ir) {
    for (unsigned j = 0; j <= 6; ++j) {
      if (rcBit(j + 7 * static_cast<unsigned>(ir))) rc[ir] |= uint64_t{1} << ((1u << j) - 1);
    }
  }
  return rc;
}

/// rho offsets by lane index x + 5y (FIPS 202 Algorithm 2): starting from (1, 0), lane t of the
/// walk (x, y) -> (y, 2x + 3y) rotates by (t+1)(t+2)/2 mod 64; lane (0, 0) is not rotated.
constexpr std::array<int, 25> makeRhoOffsets() {
  std::array<int, 25> off{};
  int x = 1, y = 0;
  for (int t = 0; t < 24; ++t) {
    off[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
    const int nx = y, ny = (2 * x + 3 * y) % 5;
    x = nx;
    y = ny;
  }
  return off;
}

constexpr auto kRoundConstants = makeRoundConstants();
constexpr auto kRhoOffsets = makeRhoOffsets();

// Spot checks against the published tables (Keccak reference §1.2; FIPS 202 Table 2).
static_assert(kRoundConstants[0] == 0x0000000000000001ULL);
static_assert(kRoundConstants[1] == 0x0000000000008082ULL);
static_assert(kRoundConstants[23] == 0x8000000080008008ULL);
static_assert(kRhoOffsets[1] == 1 && kRhoOffsets[2] == 62 && kRhoOffsets[24] == 14);

/// XORs byte `b` into byte position `i` of the state (lanes are little-endian).
inline void xorByte(KeccakState& s, std::size_t i, uint8_t b) {
  s[i / 8] ^= uint64_t{b} << (8 * (i % 8));
}

/// Byte position `i` of the state.
inline uint8_t stateByte(const KeccakState& s, std::size_t i) {
  return static_cast<uint8_t>(s[i / 8] >> (8 * (i % 8)));
}

}  // namespace

void keccakF1600(KeccakState& a) {
  for (int round = 0; round < kRounds; ++round) {
    // theta (§3.2.1): each lane ^= parity of the column to its left and the rotated column to
    // its right.
    uint64_t c[5];
    for (int x = 0; x < 5; ++x) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (int x = 0; x < 5; ++x) {
      const uint64_t d = c[(x + 4) % 5] ^ std::rotl(c[(x + 1) % 5], 1);
      for (int y = 0; y < 25; y += 5) a[x + y] ^= d;
    }
    // rho (§3.2.2) and pi (§3.2.3): A'[x, y] = rot(A[(x + 3y) mod 5, x]).
    KeccakState b;
    for (int x = 0; x < 5; ++x) {
      for (int y = 0; y < 5; ++y) {
        const int src = (x + 3 * y) % 5 + 5 * x;
        b[x + 5 * y] = std::rotl(a[src], kRhoOffsets[src]);
      }
    }
    // chi (§3.2.4): A[x, y] = B[x, y] ^ (~B[x+1, y] & B[x+2, y]).
    for (int y = 0; y < 25; y += 5) {
      for (int x = 0; x < 5; ++x) a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
    }
    // iota (§3.2.5).
    a[0] ^= kRoundConstants[round];
  }
}

void keccakSponge(std::span<uint8_t> out, std::span<const uint8_t> data, std::size_t rate,
                  uint8_t delimiter) {
  RT_ASSERT(rate > 0 && rate < 200 && rate % 8 == 0);
  KeccakState s{};
  // Absorb whole blocks, then the tail with the delimiter and the last bit of pad10*1 (§5.1).
  while (data.size() >= rate) {
    for (std::size_t i = 0; i < rate; ++i) xorByte(s, i, data[i]);
    keccakF1600(s);
    data = data.subspan(rate);
  }
  for (std::size_t i = 0; i < data.size(); ++i) xorByte(s, i, data[i]);
  xorByte(s, data.size(), delimiter);
  xorByte(s, rate - 1, 0x80);
  keccakF1600(s);
  // Squeeze.
  for (std::size_t done = 0;;) {
    const std::size_t n = out.size() - done < rate ? out.size() - done : rate;
    for (std::size_t i = 0; i < n; ++i) out[done + i] = stateByte(s, i);
    done += n;
    if (done == out.size()) break;
    keccakF1600(s);
  }
}

Hash256 keccak256(std::span<const uint8_t> data) {
  Hash256 out;
  keccakSponge(out, data, kKeccak256Rate, kKeccakDelimiter);
  return out;
}

Hash512 keccak512(std::span<const uint8_t> data) {
  Hash512 out;
  keccakSponge(out, data, kKeccak512Rate, kKeccakDelimiter);
  return out;
}

}  // namespace rt::hostlib::hashing
