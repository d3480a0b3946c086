// SPDX-License-Identifier: Apache-2.0
// sp_io::crypto (substrate/primitives/io/src/lib.rs) on host/crypto and the call's keystore.
// Marshalling per sp-runtime-interface: a KeyTypeId, public key, signature or 32-byte message hash
// argument is a bare pointer to its fixed size; messages are pointer-sizes; Vec/Option/Result
// results are SCALE in a fresh allocation; a generated public key comes back as a bare pointer.
// verify_version_1 keeps the deprecated acceptance rules (sr25519: schnorrkel 0.1.1 signatures;
// ecdsa: overflowing r/s reduced), version_2 the current ones.
#include <cstring>

#include "codec/codec.hpp"
#include "host/api/registry.hpp"

namespace rt::hostlib::api {
namespace {

using engine::CallContext;
using engine::HostResult;
using crypto::Scheme;
using Bytes = std::vector<uint8_t>;

template <size_t N>
rt::Result<std::array<uint8_t, N>, std::string> fixed(CallContext& ctx, uint64_t ptr) {
  RT_TRY(auto bytes, ctx.slice(static_cast<uint32_t>(ptr), N));
  std::array<uint8_t, N> out;
  std::memcpy(out.data(), bytes.data(), N);
  return out;
}

/// SCALE Compact<u32> of `n`.
void appendCompact(Bytes& out, uint32_t n) {
  if (n < 64) {
    out.push_back(static_cast<uint8_t>(n << 2));
  } else if (n < (1u << 14)) {
    out.push_back(static_cast<uint8_t>((n << 2) | 1));
    out.push_back(static_cast<uint8_t>(n >> 6));
  } else {
    const uint32_t v = (n << 2) | 2;  // key lists never reach 2^30
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
  }
}

/// Option<[u8; N]>: 0x00, or 0x01 followed by the bytes (no length: a fixed-size array).
Bytes encodeOptionFixed(const std::optional<Bytes>& value) {
  if (!value) return Bytes{0x00};
  Bytes out{0x01};
  out.insert(out.end(), value->begin(), value->end());
  return out;
}

HostResult returnPointer(CallContext& ctx, std::span<const uint8_t> bytes) {
  RT_TRY(const uint64_t packed, ctx.returnBytes(bytes));
  return uint64_t{static_cast<uint32_t>(packed)};
}

constexpr size_t publicSize(Scheme s) { return crypto::publicKeySize(s); }


template <Scheme S>
HostResult publicKeys(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(const auto type, fixed<4>(ctx, a[0]));
  const auto keys = ctx.ext().keystore.publicKeys(type, S);  // Vec<[u8; N]>
  Bytes out;
  appendCompact(out, static_cast<uint32_t>(keys.size()));
  for (const auto& key : keys) out.insert(out.end(), key.begin(), key.end());
  return ctx.returnBytes(out);
}

template <Scheme S>
HostResult generate(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(const auto type, fixed<4>(ctx, a[0]));
  RT_TRY(auto seed_encoded, ctx.slice(a[1]));
  auto seed = rt::codec::decode<std::optional<Bytes>>(seed_encoded);
  if (!seed) return rt::Err(std::string("malformed Option<Vec<u8>> seed"));
  std::optional<std::string> uri;
  if (seed.value()) uri = std::string(seed.value()->begin(), seed.value()->end());
  auto key = ctx.ext().keystore.generate(type, S, uri ? std::optional<std::string_view>(*uri) : std::nullopt);
  if (!key) return rt::Err(std::string("key generation failed (invalid seed?)"));
  return returnPointer(ctx, key.value());
}

template <Scheme S>
HostResult sign(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(const auto type, fixed<4>(ctx, a[0]));
  RT_TRY(auto public_key, ctx.slice(static_cast<uint32_t>(a[1]), publicSize(S)));
  RT_TRY(auto message, ctx.slice(a[2]));
  return ctx.returnBytes(encodeOptionFixed(ctx.ext().keystore.sign(type, S, public_key, message)));
}

/// Verification, current rules (or the deprecated ones with `deprecated`).
bool verifyWith(Scheme s, bool deprecated, std::span<const uint8_t> sig, std::span<const uint8_t> msg,
                std::span<const uint8_t> pub) {
  if (!deprecated) return crypto::verifySignature(s, sig, msg, pub);
  if (s == Scheme::Sr25519) {
    crypto::sr25519::Signature signature;
    crypto::sr25519::Public key;
    std::memcpy(signature.data(), sig.data(), signature.size());
    std::memcpy(key.data(), pub.data(), key.size());
    return crypto::sr25519::verifyDeprecated(signature, msg, key);
  }
  crypto::ecdsa::Signature signature;
  crypto::ecdsa::Public key;
  std::memcpy(signature.data(), sig.data(), signature.size());
  std::memcpy(key.data(), pub.data(), key.size());
  return crypto::ecdsa::verifyDeprecated(signature, msg, key);
}

template <Scheme S, bool Deprecated>
HostResult verify(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto sig, ctx.slice(static_cast<uint32_t>(a[0]), crypto::signatureSize(S)));
  RT_TRY(auto msg, ctx.slice(a[1]));
  RT_TRY(auto pub, ctx.slice(static_cast<uint32_t>(a[2]), publicSize(S)));
  return uint64_t{verifyWith(S, Deprecated, sig, msg, pub) ? 1u : 0u};
}

template <Scheme S>
HostResult batchVerify(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(auto sig, ctx.slice(static_cast<uint32_t>(a[0]), crypto::signatureSize(S)));
  RT_TRY(auto msg, ctx.slice(a[1]));
  RT_TRY(auto pub, ctx.slice(static_cast<uint32_t>(a[2]), publicSize(S)));
  if (ctx.ext().batch) return uint64_t{ctx.ext().batch->push(S, sig, msg, pub) ? 1u : 0u};
  return uint64_t{crypto::verifySignature(S, sig, msg, pub) ? 1u : 0u};
}

HostResult startBatch(CallContext& ctx, std::span<const uint64_t>) {
  if (ctx.ext().batch) return rt::Err(std::string("start_batch_verify: a batch is already running"));
  ctx.ext().batch.emplace();
  return uint64_t{0};
}

HostResult finishBatch(CallContext& ctx, std::span<const uint64_t>) {
  if (!ctx.ext().batch) return rt::Err(std::string("finish_batch_verify: no batch was started"));
  const bool ok = ctx.ext().batch->finish();
  ctx.ext().batch.reset();
  return uint64_t{ok ? 1u : 0u};
}

HostResult ecdsaSignPrehashed(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(const auto type, fixed<4>(ctx, a[0]));
  RT_TRY(const auto pub, fixed<33>(ctx, a[1]));
  RT_TRY(const auto digest, fixed<32>(ctx, a[2]));
  auto sig = ctx.ext().keystore.ecdsaSignPrehashed(type, pub, digest);
  std::optional<Bytes> out;
  if (sig) out = Bytes(sig->begin(), sig->end());
  return ctx.returnBytes(encodeOptionFixed(out));
}

HostResult ecdsaVerifyPrehashed(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(const auto sig, fixed<65>(ctx, a[0]));
  RT_TRY(const auto digest, fixed<32>(ctx, a[1]));
  RT_TRY(const auto pub, fixed<33>(ctx, a[2]));
  return uint64_t{crypto::ecdsa::verifyPrehashed(sig, digest, pub) ? 1u : 0u};
}

/// Result<[u8; N], EcdsaVerifyError>: Ok = 0x00 ++ key; Err = 0x01 ++ error index.
template <typename R>
HostResult returnRecovered(CallContext& ctx, const R& recovered) {
  Bytes out;
  if (recovered) {
    out.push_back(0x00);
    out.insert(out.end(), recovered.value().begin(), recovered.value().end());
  } else {
    out = {0x01, static_cast<uint8_t>(recovered.error())};
  }
  return ctx.returnBytes(out);
}

template <int Version, bool Compressed>
HostResult recover(CallContext& ctx, std::span<const uint64_t> a) {
  RT_TRY(const auto sig, fixed<65>(ctx, a[0]));
  RT_TRY(const auto digest, fixed<32>(ctx, a[1]));
  if constexpr (Compressed) {
    return returnRecovered(ctx, Version == 1 ? crypto::ecdsa::recoverCompressedV1(sig, digest)
                                             : crypto::ecdsa::recoverCompressedV2(sig, digest));
  } else {
    return returnRecovered(ctx, Version == 1 ? crypto::ecdsa::recoverV1(sig, digest)
                                             : crypto::ecdsa::recoverV2(sig, digest));
  }
}

constexpr HostFunctionEntry kFunctions[] = {
    {"ext_crypto_ed25519_public_keys_version_1", publicKeys<Scheme::Ed25519>},
    {"ext_crypto_ed25519_generate_version_1", generate<Scheme::Ed25519>},
    {"ext_crypto_ed25519_sign_version_1", sign<Scheme::Ed25519>},
    {"ext_crypto_ed25519_verify_version_1", verify<Scheme::Ed25519, false>},
    {"ext_crypto_ed25519_batch_verify_version_1", batchVerify<Scheme::Ed25519>},
    {"ext_crypto_sr25519_public_keys_version_1", publicKeys<Scheme::Sr25519>},
    {"ext_crypto_sr25519_generate_version_1", generate<Scheme::Sr25519>},
    {"ext_crypto_sr25519_sign_version_1", sign<Scheme::Sr25519>},
    {"ext_crypto_sr25519_verify_version_1", verify<Scheme::Sr25519, true>},
    {"ext_crypto_sr25519_verify_version_2", verify<Scheme::Sr25519, false>},
    {"ext_crypto_sr25519_batch_verify_version_1", batchVerify<Scheme::Sr25519>},
    {"ext_crypto_ecdsa_public_keys_version_1", publicKeys<Scheme::Ecdsa>},
    {"ext_crypto_ecdsa_generate_version_1", generate<Scheme::Ecdsa>},
    {"ext_crypto_ecdsa_sign_version_1", sign<Scheme::Ecdsa>},
    {"ext_crypto_ecdsa_sign_prehashed_version_1", ecdsaSignPrehashed},
    {"ext_crypto_ecdsa_verify_version_1", verify<Scheme::Ecdsa, true>},
    {"ext_crypto_ecdsa_verify_version_2", verify<Scheme::Ecdsa, false>},
    {"ext_crypto_ecdsa_verify_prehashed_version_1", ecdsaVerifyPrehashed},
    {"ext_crypto_ecdsa_batch_verify_version_1", batchVerify<Scheme::Ecdsa>},
    {"ext_crypto_secp256k1_ecdsa_recover_version_1", recover<1, false>},
    {"ext_crypto_secp256k1_ecdsa_recover_version_2", recover<2, false>},
    {"ext_crypto_secp256k1_ecdsa_recover_compressed_version_1", recover<1, true>},
    {"ext_crypto_secp256k1_ecdsa_recover_compressed_version_2", recover<2, true>},
    {"ext_crypto_start_batch_verify_version_1", startBatch},
    {"ext_crypto_finish_batch_verify_version_1", finishBatch},
};

}  // namespace

std::span<const HostFunctionEntry> cryptoFunctions() { return kFunctions; }

}  // namespace rt::hostlib::api
