// SPDX-License-Identifier: Apache-2.0
// Scheme-tagged verification over the typed APIs.
#include "host/crypto/scheme.hpp"

#include <algorithm>

#include "host/crypto/ecdsa.hpp"
#include "host/crypto/ed25519.hpp"
#include "host/crypto/sr25519.hpp"

namespace rt::hostlib::crypto {
namespace {

template <size_t N>
Bytes<N> fixed(ByteSpan s) {
  Bytes<N> out;
  std::copy_n(s.begin(), N, out.begin());
  return out;
}

}  // namespace

std::optional<Scheme> schemeFromName(std::string_view name) {
  for (Scheme s : {Scheme::Sr25519, Scheme::Ed25519, Scheme::Ecdsa}) {
    if (name == toString(s)) return s;
  }
  return std::nullopt;
}

bool verifySignature(Scheme scheme, ByteSpan signature, ByteSpan message, ByteSpan public_key) {
  if (signature.size() != signatureSize(scheme) || public_key.size() != publicKeySize(scheme)) {
    return false;
  }
  switch (scheme) {
    case Scheme::Sr25519:
      return sr25519::verify(fixed<64>(signature), message, fixed<32>(public_key));
    case Scheme::Ed25519:
      return ed25519::verify(fixed<64>(signature), message, fixed<32>(public_key));
    case Scheme::Ecdsa:
      return ecdsa::verify(fixed<65>(signature), message, fixed<33>(public_key));
  }
  return false;
}

}  // namespace rt::hostlib::crypto
