// SPDX-License-Identifier: Apache-2.0
// PBKDF2-HMAC-SHA512 on libsodium's HMAC, and the dev phrase's seed.
#include "host/crypto/mnemonic.hpp"

#include <sodium.h>

#include <cctype>
#include <cstring>
#include <string>

#include "host/crypto/sodium.hpp"

namespace rt::hostlib::crypto {

Bytes<64> pbkdf2HmacSha512(ByteSpan password, ByteSpan salt, uint32_t rounds) {
  ensureSodium();
  // One output block (dkLen = hLen = 64): T1 = U1 ^ … ^ Uc, U1 = PRF(P, S ‖ INT(1)), Uj = PRF(P, Uj-1).
  crypto_auth_hmacsha512_state base;
  crypto_auth_hmacsha512_init(&base, password.data(), password.size());

  Bytes<64> u, t;
  crypto_auth_hmacsha512_state st = base;
  const uint8_t block_index[4] = {0, 0, 0, 1};
  crypto_auth_hmacsha512_update(&st, salt.data(), salt.size());
  crypto_auth_hmacsha512_update(&st, block_index, sizeof block_index);
  crypto_auth_hmacsha512_final(&st, u.data());
  t = u;
  for (uint32_t i = 1; i < rounds; ++i) {
    st = base;
    crypto_auth_hmacsha512_update(&st, u.data(), u.size());
    crypto_auth_hmacsha512_final(&st, u.data());
    for (size_t k = 0; k < t.size(); ++k) t[k] ^= u[k];
  }
  sodium_memzero(&base, sizeof base);
  sodium_memzero(&st, sizeof st);
  sodium_memzero(u.data(), u.size());
  return t;
}

rt::Result<Bytes<64>, CryptoError> seedFromEntropy(ByteSpan entropy, std::string_view password) {
  if (entropy.size() < 16 || entropy.size() > 32 || entropy.size() % 4 != 0) {
    return rt::Err(CryptoError::InvalidPhrase);
  }
  std::string salt = "mnemonic";
  salt.append(password);
  Bytes<64> seed = pbkdf2HmacSha512(entropy, asBytes(salt), 2048);
  sodium_memzero(salt.data(), salt.size());
  return seed;
}

rt::Result<ByteVec, CryptoError> entropyFromPhrase(std::string_view phrase) {
  // Normalise whitespace the way BIP39 word splitting does, then compare with the dev phrase.
  std::string words;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && std::isspace(static_cast<unsigned char>(phrase[i]))) ++i;
    size_t j = i;
    while (j < phrase.size() && !std::isspace(static_cast<unsigned char>(phrase[j]))) ++j;
    if (j > i) {
      if (!words.empty()) words.push_back(' ');
      words.append(phrase.substr(i, j - i));
    }
    i = j;
  }
  if (words != kDevPhrase) return rt::Err(CryptoError::InvalidPhrase);
  return ByteVec(kDevPhraseEntropy.begin(), kDevPhraseEntropy.end());
}

rt::Result<Bytes<32>, CryptoError> seedFromPhrase(std::string_view phrase,
                                                  std::string_view password) {
  RT_TRY(ByteVec entropy, entropyFromPhrase(phrase));
  RT_TRY(Bytes<64> big, seedFromEntropy(entropy, password));
  Bytes<32> seed;
  std::memcpy(seed.data(), big.data(), 32);
  sodium_memzero(big.data(), big.size());
  return seed;
}

}  // namespace rt::hostlib::crypto
