// SPDX-License-Identifier: Apache-2.0
// Keccak: the Keccak-f[1600] permutation and the sponge over it, with the ORIGINAL Keccak padding
// (delimiter 0x01, then pad10*1), which is what Substrate's keccak_256/keccak_512 (the `sha3`
// crate's Keccak256/Keccak512, as used by Ethereum) compute -- not FIPS 202 SHA3-256, whose
// delimiter is 0x06. ext_hashing_keccak_256 / ext_hashing_keccak_512 mirror
// https://github.com/paritytech/polkadot-sdk/blob/18de1fda65ec2eacc40323299d4075cd0dbfa313/substrate/primitives/crypto/hashing/src/lib.rs#L110-L118
// The permutation follows FIPS 202 (https://doi.org/10.6028/NIST.FIPS.202) §3.2-3.3 and "The
// Keccak reference, version 3.0" (https://keccak.team/files/Keccak-reference-3.0.pdf); libsodium
// has no Keccak. keccakF1600 is public because STROBE-128 (merlin transcripts, sr25519) runs
// the bare permutation.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

#include "host/hashing/hash_types.hpp"

namespace rt::hostlib::hashing {

/// The 1600-bit Keccak state: 25 lanes, lane (x, y) at index x + 5*y, bytes little-endian in a
/// lane (FIPS 202 §3.1.2 and §B.1).
using KeccakState = std::array<uint64_t, 25>;

/// Sponge rate in bytes of keccak-256 (1600 - 2*256 bits).
inline constexpr std::size_t kKeccak256Rate = 136;
/// Sponge rate in bytes of keccak-512 (1600 - 2*512 bits).
inline constexpr std::size_t kKeccak512Rate = 72;
/// Domain delimiter of the original Keccak submission (Keccak256, Ethereum, Substrate).
inline constexpr uint8_t kKeccakDelimiter = 0x01;
/// Domain delimiter of FIPS 202 SHA3-* ("01" suffix bits, then pad10*1).
inline constexpr uint8_t kSha3Delimiter = 0x06;

/// Keccak-f[1600]: the 24 rounds of theta, rho, pi, chi, iota over `state` (FIPS 202 Algorithm 7).
void keccakF1600(KeccakState& state);

/// The Keccak sponge: absorbs `data` at `rate` bytes per block (a multiple of 8 below 200),
/// pads with `delimiter` then the final 0x80 bit of pad10*1, and squeezes `out.size()` bytes.
void keccakSponge(std::span<uint8_t> out, std::span<const uint8_t> data, std::size_t rate,
                  uint8_t delimiter);

/// keccak-256 with the original padding (ext_hashing_keccak_256, Ethereum's keccak256).
Hash256 keccak256(std::span<const uint8_t> data);
/// keccak-512 with the original padding (ext_hashing_keccak_512).
Hash512 keccak512(std::span<const uint8_t> data);

}  // namespace rt::hostlib::hashing
