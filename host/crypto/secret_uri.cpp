// SPDX-License-Identifier: Apache-2.0
// Secret-URI parsing (address_uri.rs `AddressUri::parse`) and derive junctions (crypto.rs
// `DeriveJunction`).
#include "host/crypto/secret_uri.hpp"

#include <cstring>

#include "host/hashing/blake2b.hpp"
#include "host/crypto/mnemonic.hpp"

namespace rt::hostlib::crypto {
namespace {

// SCALE compact encoding of a length (parity-scale-codec `Compact<u32>`).
void appendCompact(ByteVec& out, uint64_t n) {
  if (n < (1u << 6)) {
    out.push_back(static_cast<uint8_t>(n << 2));
  } else if (n < (1u << 14)) {
    const uint16_t v = static_cast<uint16_t>(n << 2 | 0b01);
    out.push_back(static_cast<uint8_t>(v));
    out.push_back(static_cast<uint8_t>(v >> 8));
  } else if (n < (1u << 30)) {
    const uint32_t v = static_cast<uint32_t>(n << 2 | 0b10);
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
  } else {
    int bytes = 0;
    for (uint64_t m = n; m != 0; m >>= 8) ++bytes;
    out.push_back(static_cast<uint8_t>((bytes - 4) << 2 | 0b11));
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<uint8_t>(n >> (8 * i)));
  }
}

// Rust's `str::parse::<u64>`: an optional '+', then one or more ASCII digits, no overflow.
std::optional<uint64_t> parseU64(std::string_view s) {
  if (s.starts_with('+')) s.remove_prefix(1);
  if (s.empty()) return std::nullopt;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    const uint64_t d = static_cast<uint64_t>(c - '0');
    if (v > (UINT64_MAX - d) / 10) return std::nullopt;
    v = v * 10 + d;
  }
  return v;
}

// address_uri.rs `extract_prefix`: the longest prefix of `input` whose characters satisfy `allowed`.
template <typename Pred>
std::string_view extractPrefix(std::string_view& input, Pred allowed) {
  size_t n = 0;
  while (n < input.size() && allowed(input[n])) ++n;
  std::string_view prefix = input.substr(0, n);
  input.remove_prefix(n);
  return prefix;
}

bool isPhraseChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ';
}

}  // namespace

ByteVec scaleEncodeString(std::string_view s) {
  ByteVec out;
  appendCompact(out, s.size());
  out.insert(out.end(), s.begin(), s.end());
  return out;
}

DeriveJunction DeriveJunction::softFromEncoded(ByteSpan encoded) {
  DeriveJunction j;
  if (encoded.size() > j.chain_code.size()) {
    j.chain_code = hashing::blake2b256(encoded);
  } else {
    std::memcpy(j.chain_code.data(), encoded.data(), encoded.size());
  }
  return j;
}

DeriveJunction DeriveJunction::hardFromEncoded(ByteSpan encoded) {
  DeriveJunction j = softFromEncoded(encoded);
  j.hard = true;
  return j;
}

DeriveJunction DeriveJunction::fromPathElement(std::string_view element) {
  const bool hard = element.starts_with('/');
  if (hard) element.remove_prefix(1);
  DeriveJunction j;
  if (const auto n = parseU64(element)) {
    uint8_t le[8];
    for (int i = 0; i < 8; ++i) le[i] = static_cast<uint8_t>(*n >> (8 * i));
    j = softFromEncoded(le);
  } else {
    j = softFromEncoded(scaleEncodeString(element));
  }
  j.hard = hard;
  return j;
}

rt::Result<SecretUri, CryptoError> parseSecretUri(std::string_view input) {
  SecretUri uri;
  const std::string_view phrase = extractPrefix(input, isPhraseChar);
  uri.phrase = phrase.empty() ? std::string(kDevPhrase) : std::string(phrase);

  while (!input.empty()) {
    if (input.starts_with("///")) {
      input.remove_prefix(3);
      uri.password = std::string(extractPrefix(input, [](char c) { return c != '\n'; }));
    } else if (input.starts_with("//")) {
      input.remove_prefix(2);
      const std::string_view path = extractPrefix(input, [](char c) { return c != '/'; });
      if (path.empty()) return rt::Err(CryptoError::InvalidFormat);  // InvalidCharacterInHardPath
      uri.junctions.push_back(DeriveJunction::fromPathElement("/" + std::string(path)));
    } else if (input.starts_with("/")) {
      input.remove_prefix(1);
      const std::string_view path = extractPrefix(input, [](char c) { return c != '/'; });
      if (path.empty()) return rt::Err(CryptoError::InvalidFormat);  // InvalidCharacterInSoftPath
      uri.junctions.push_back(DeriveJunction::fromPathElement(path));
    } else {
      return rt::Err(CryptoError::InvalidFormat);  // InvalidCharacterIn{Phrase,Pass}
    }
  }
  return uri;
}

}  // namespace rt::hostlib::crypto
