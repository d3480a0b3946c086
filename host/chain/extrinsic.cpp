// SPDX-License-Identifier: Apache-2.0
// See extrinsic.hpp. The signed extensions known here, with their `extra` (in the extrinsic) and
// `additional_signed` (only in the signed payload), as FRAME defines them
// (frame/system/src/extensions/*.rs, frame/transaction-payment/src/lib.rs,
// frame/metadata-hash-extension/src/lib.rs):
//   CheckNonZeroSender (Gosemble: CheckNonZeroAddress),
//   CheckWeight, StorageWeightReclaim                       ()            ()
//   CheckSpecVersion                                        ()            u32 spec_version
//   CheckTxVersion                                          ()            u32 transaction_version
//   CheckGenesis                                            ()            genesis hash
//   CheckMortality / CheckEra                               Era::Immortal genesis hash
//   CheckNonce                                              Compact<u32>  ()
//   ChargeTransactionPayment                                Compact<u128> tip = 0  ()
//   ChargeAssetTxPayment                                    tip 0, None   ()
//   CheckMetadataHash                                       Mode::Disabled None
#include "host/chain/extrinsic.hpp"

#include "codec/codec.hpp"
#include "host/hashing/blake2b.hpp"

namespace rt::hostlib::chain {
namespace {

void appendCompact(Bytes& out, uint64_t n) {
  const Bytes c = rt::codec::encode(rt::codec::asCompact(n));
  out.insert(out.end(), c.begin(), c.end());
}

void appendU32(Bytes& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

}  // namespace

Bytes transferCall(uint8_t pallet_index, uint8_t call_index, const std::array<uint8_t, 32>& dest,
                   uint64_t value) {
  Bytes call{pallet_index, call_index, 0x00};  // MultiAddress::Id
  call.insert(call.end(), dest.begin(), dest.end());
  appendCompact(call, value);
  return call;
}

rt::Result<Bytes, std::string> signedExtrinsic(std::span<const uint8_t> call,
                                               const crypto::sr25519::Keypair& signer, uint32_t nonce,
                                               const SigningContext& context) {
  Bytes extra;
  Bytes additional;
  for (const std::string& id : context.signed_extensions) {
    if (id == "CheckNonZeroSender" || id == "CheckNonZeroAddress" || id == "CheckWeight" ||
        id == "StorageWeightReclaim") {
    } else if (id == "CheckSpecVersion") {
      appendU32(additional, context.spec_version);
    } else if (id == "CheckTxVersion") {
      appendU32(additional, context.transaction_version);
    } else if (id == "CheckGenesis") {
      additional.insert(additional.end(), context.genesis_hash.begin(), context.genesis_hash.end());
    } else if (id == "CheckMortality" || id == "CheckEra") {
      extra.push_back(0x00);  // Era::Immortal
      additional.insert(additional.end(), context.genesis_hash.begin(), context.genesis_hash.end());
    } else if (id == "CheckNonce") {
      appendCompact(extra, nonce);
    } else if (id == "ChargeTransactionPayment") {
      extra.push_back(0x00);  // tip: Compact<u128>(0)
    } else if (id == "ChargeAssetTxPayment") {
      extra.push_back(0x00);  // tip
      extra.push_back(0x00);  // asset_id: None
    } else if (id == "CheckMetadataHash") {
      extra.push_back(0x00);       // Mode::Disabled
      additional.push_back(0x00);  // Option<[u8; 32]>: None
    } else {
      return rt::Err("unsupported signed extension " + id);
    }
  }
  Bytes payload(call.begin(), call.end());
  payload.insert(payload.end(), extra.begin(), extra.end());
  payload.insert(payload.end(), additional.begin(), additional.end());
  if (payload.size() > 256) {
    const auto hashed = hashing::blake2b256(payload);
    payload.assign(hashed.begin(), hashed.end());
  }
  const crypto::sr25519::Signature signature = crypto::sr25519::sign(signer, payload);

  Bytes body{0x84, 0x00};  // signed | v4, MultiAddress::Id
  body.insert(body.end(), signer.public_key.begin(), signer.public_key.end());
  body.push_back(0x01);  // MultiSignature::Sr25519
  body.insert(body.end(), signature.begin(), signature.end());
  body.insert(body.end(), extra.begin(), extra.end());
  body.insert(body.end(), call.begin(), call.end());
  Bytes out;
  appendCompact(out, body.size());
  out.insert(out.end(), body.begin(), body.end());
  return out;
}

}  // namespace rt::hostlib::chain
