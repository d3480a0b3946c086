// SPDX-License-Identifier: Apache-2.0
// BLAKE2b through libsodium's crypto_generichash, which takes any digest length 1..64 and any key
// length 0..64 (its crypto_generichash_BYTES_MIN/KEYBYTES_MIN of 16 are recommendations, not
// limits: the blake2b parameter block carries the lengths as RFC 7693 defines them).
#include "host/hashing/blake2b.hpp"

#include <sodium.h>

#include "host/hashing/sodium_init.hpp"

namespace rt::hostlib::hashing {

rt::Result<rt::Unit, HashError> blake2bInto(std::span<uint8_t> out, std::span<const uint8_t> data,
                                            std::span<const uint8_t> key) {
  if (out.empty() || out.size() > kBlake2bMaxBytes) return rt::Err(HashError::OutputLength);
  if (key.size() > kBlake2bMaxBytes) return rt::Err(HashError::KeyLength);
  detail::ensureSodium();
  const int rc = crypto_generichash(out.data(), out.size(), data.data(), data.size(),
                                    key.empty() ? nullptr : key.data(), key.size());
  RT_ASSERT(rc == 0);  // lengths were checked above; libsodium has no other failure
  return rt::Unit{};
}

rt::Result<std::vector<uint8_t>, HashError> blake2b(std::size_t out_len,
                                                    std::span<const uint8_t> data,
                                                    std::span<const uint8_t> key) {
  if (out_len == 0 || out_len > kBlake2bMaxBytes) return rt::Err(HashError::OutputLength);
  std::vector<uint8_t> out(out_len);
  RT_TRY_VOID(blake2bInto(out, data, key));
  return out;
}

}  // namespace rt::hostlib::hashing
