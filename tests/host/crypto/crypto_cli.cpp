// SPDX-License-Identifier: Apache-2.0
// crypto-cli: host/crypto on the command line, for the node:test cross-check against
// @polkadot/util-crypto (crypto_cli.test.mjs). Hex in, hex out ("0x…"), one result per run:
//   crypto-cli pub    <scheme> <seed>                 public key of a 32-byte seed
//   crypto-cli uri    <scheme> <secret-uri>           public key of a secret URI ("//Alice")
//   crypto-cli sign   <scheme> <seed> <message>       signature (sr25519: randomized)
//   crypto-cli verify <scheme> <public> <message> <signature>   prints true or false
// <scheme> is sr25519, ed25519 or ecdsa. Exit status 2 on bad arguments.
#include <cstdio>
#include <string>
#include <string_view>

#include "host/crypto/ecdsa.hpp"
#include "host/crypto/ed25519.hpp"
#include "host/crypto/from_uri.hpp"
#include "host/crypto/hex.hpp"
#include "host/crypto/scheme.hpp"
#include "host/crypto/sr25519.hpp"

using namespace rt::hostlib::crypto;

namespace {

int usage(const char* why) {
  std::fprintf(stderr,
               "crypto-cli: %s\nusage: crypto-cli pub|uri|sign|verify <sr25519|ed25519|ecdsa> ...\n",
               why);
  return 2;
}

int print(const std::string& s) {
  std::printf("%s\n", s.c_str());
  return 0;
}

// The key pair of `scheme` from a hex seed or a secret URI.
template <typename Fn>
int withPair(Scheme scheme, std::string_view text, bool is_uri, Fn&& fn) {
  std::string uri(text);
  if (!is_uri) {
    if (!fromHexFixed<32>(text)) return usage("a seed is 32 bytes of hex");
    if (!uri.starts_with("0x")) uri = "0x" + uri;
  }
  switch (scheme) {
    case Scheme::Sr25519: {
      auto pair = sr25519FromUri(uri);
      if (!pair) return usage(toString(pair.error()));
      return fn(*pair);
    }
    case Scheme::Ed25519: {
      auto pair = ed25519FromUri(uri);
      if (!pair) return usage(toString(pair.error()));
      return fn(*pair);
    }
    case Scheme::Ecdsa: {
      auto pair = ecdsaFromUri(uri);
      if (!pair) return usage(toString(pair.error()));
      return fn(*pair);
    }
  }
  return usage("unknown scheme");
}

int signWith(const sr25519::Keypair& p, ByteSpan m) { return print(toHex(sr25519::sign(p, m))); }
int signWith(const ed25519::Keypair& p, ByteSpan m) { return print(toHex(ed25519::sign(p, m))); }
int signWith(const ecdsa::Keypair& p, ByteSpan m) { return print(toHex(ecdsa::sign(p, m))); }

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) return usage("missing arguments");
  const std::string_view cmd = argv[1];
  const auto scheme = schemeFromName(argv[2]);
  if (!scheme) return usage("unknown scheme");

  if ((cmd == "pub" || cmd == "uri") && argc == 4) {
    return withPair(*scheme, argv[3], cmd == "uri",
                    [](const auto& pair) { return print(toHex(pair.public_key)); });
  }
  if (cmd == "sign" && argc == 5) {
    auto msg = fromHex(argv[4]);
    if (!msg) return usage("message is not hex");
    return withPair(*scheme, argv[3], false, [&](const auto& pair) { return signWith(pair, *msg); });
  }
  if (cmd == "verify" && argc == 6) {
    auto pub = fromHex(argv[3]);
    auto msg = fromHex(argv[4]);
    auto sig = fromHex(argv[5]);
    if (!pub || !msg || !sig) return usage("arguments are not hex");
    return print(verifySignature(*scheme, *sig, *msg, *pub) ? "true" : "false");
  }
  return usage("unknown command or wrong number of arguments");
}
