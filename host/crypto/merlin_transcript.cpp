// SPDX-License-Identifier: Apache-2.0
// Merlin transcript operations over Strobe128; line references are to merlin's transcript.rs at
// commit 53535f32 and constants.rs (MERLIN_PROTOCOL_LABEL).
#include "host/crypto/merlin_transcript.hpp"

namespace rt::hostlib::crypto {
namespace {

// constants.rs: the protocol label every Merlin transcript starts from.
constexpr std::string_view kMerlinProtocolLabel = "Merlin v1.0";

// transcript.rs `encode_usize_as_u32`.
Bytes<4> le32(size_t n) {
  return {static_cast<uint8_t>(n), static_cast<uint8_t>(n >> 8), static_cast<uint8_t>(n >> 16),
          static_cast<uint8_t>(n >> 24)};
}

}  // namespace

Transcript::Transcript(std::string_view label) : strobe_(asBytes(kMerlinProtocolLabel)) {
  appendMessage("dom-sep", asBytes(label));
}

void Transcript::appendMessage(std::string_view label, ByteSpan message) {
  const auto len = le32(message.size());
  strobe_.metaAd(asBytes(label), false);
  strobe_.metaAd(len, true);
  strobe_.ad(message, false);
}

void Transcript::challengeBytes(std::string_view label, std::span<uint8_t> out) {
  const auto len = le32(out.size());
  strobe_.metaAd(asBytes(label), false);
  strobe_.metaAd(len, true);
  strobe_.prf(out, false);
}

TranscriptRngBuilder Transcript::buildRng() const { return TranscriptRngBuilder(strobe_); }

TranscriptRngBuilder& TranscriptRngBuilder::rekeyWithWitnessBytes(std::string_view label,
                                                                  ByteSpan witness) {
  const auto len = le32(witness.size());
  strobe_.metaAd(asBytes(label), false);
  strobe_.metaAd(len, true);
  strobe_.key(witness, false);
  return *this;
}

TranscriptRng TranscriptRngBuilder::finalize(const Bytes<32>& random) {
  strobe_.metaAd(asBytes("rng"), false);
  strobe_.key(random, false);
  return TranscriptRng(strobe_);
}

void TranscriptRng::fillBytes(std::span<uint8_t> out) {
  const auto len = le32(out.size());
  strobe_.metaAd(len, false);
  strobe_.prf(out, false);
}

}  // namespace rt::hostlib::crypto
