// SPDX-License-Identifier: Apache-2.0
// Merlin transcripts (merlin.cool, protocol "Merlin v1.0"): STROBE-128 framed with labels and
// 32-bit little-endian lengths, plus the witness-keyed RNG schnorrkel draws its nonces from.
// Ported from https://github.com/dalek-cryptography/merlin/blob/53535f32e6d6de421372d67f56176af0c0f55fd7/src/transcript.rs
#pragma once

#include <span>
#include <string_view>

#include "host/crypto/bytes.hpp"
#include "host/crypto/strobe128.hpp"

namespace rt::hostlib::crypto {

class TranscriptRngBuilder;

/// A Merlin transcript. Copy it to fork (schnorrkel's `SigningContext` does).
class Transcript {
 public:
  /// `Transcript::new(label)`: STROBE-128("Merlin v1.0"), then append_message("dom-sep", label)
  /// (transcript.rs#L69).
  explicit Transcript(std::string_view label);

  /// meta-AD(label ‖ LE32(len)); AD(message) (transcript.rs#L96).
  void appendMessage(std::string_view label, ByteSpan message);
  /// meta-AD(label ‖ LE32(len)); PRF into `out` (transcript.rs#L175).
  void challengeBytes(std::string_view label, std::span<uint8_t> out);
  /// Forks the transcript into an RNG builder keyed by prover secrets (transcript.rs#L206).
  TranscriptRngBuilder buildRng() const;

 private:
  Strobe128 strobe_;
};

/// An RNG bound to the transcript, the prover's witnesses and 32 external random bytes.
class TranscriptRng {
 public:
  /// `fill_bytes`: meta-AD(LE32(len)); PRF into `out` (transcript.rs#L364).
  void fillBytes(std::span<uint8_t> out);

 private:
  friend class TranscriptRngBuilder;
  explicit TranscriptRng(const Strobe128& strobe) : strobe_(strobe) {}
  Strobe128 strobe_;
};

/// Rekeys a transcript fork with witness data, then with external randomness.
class TranscriptRngBuilder {
 public:
  /// meta-AD(label ‖ LE32(len)); KEY(witness) (transcript.rs#L289).
  TranscriptRngBuilder& rekeyWithWitnessBytes(std::string_view label, ByteSpan witness);
  /// meta-AD("rng"); KEY(random) — `random` stands for the 32 bytes merlin draws from its RNG
  /// (transcript.rs#L323).
  TranscriptRng finalize(const Bytes<32>& random);

 private:
  friend class Transcript;
  explicit TranscriptRngBuilder(const Strobe128& strobe) : strobe_(strobe) {}
  Strobe128 strobe_;
};

}  // namespace rt::hostlib::crypto
