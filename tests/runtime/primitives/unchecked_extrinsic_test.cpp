// SPDX-License-Identifier: Apache-2.0
// UncheckedExtrinsic v4: split / encode round trips (signed and bare), the Rust tests
// (unsigned_codec_should_work, invalid_length_prefix_is_detected), hostile input (every truncation,
// every version byte, bad prefixes, trailing bytes, broken signed parts, a fixed-seed mutation
// loop) rejected with errors and never a trap, a block body walked with nextExtrinsic(), and the
// signed payload with its 256-byte hashing threshold.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "primitives_test_util.hpp"
#include "runtime/primitives/signed_extensions.hpp"
#include "runtime/primitives/unchecked_extrinsic.hpp"

using namespace rt;
using namespace rt::runtime::primitives;
using namespace rt::runtime::primitives::test;
using rt::codec::DecodeError;

namespace {

using Split = UncheckedExtrinsic<SignedExtra>;

ExtrinsicError errorOf(std::span<const u8> bytes) {
  auto r = splitExtrinsic<SignedExtra>(bytes);
  REQUIRE_FALSE(r.has_value());
  return r.error().error;
}

// Balances::transfer_keep_alive(MultiAddress::Id(dest), Compact(0)) as raw bytes.
std::vector<u8> transferCall() {
  std::vector<u8> call{5, 3, 0};
  for (int i = 0; i < 32; ++i) call.push_back(static_cast<u8>(0x8e + i));
  call.push_back(0x00);
  return call;
}

std::vector<u8> signedExample(const std::vector<u8>& call, Era era = Era::mortal(64, 42)) {
  const DefaultAddress from = DefaultAddress::fromId(AccountId32::repeatByte(0xd4));
  std::vector<u8> sig(64);
  for (std::size_t i = 0; i < sig.size(); ++i) sig[i] = static_cast<u8>(i * 3);
  return encodeSignedExtrinsic(from, *MultiSignature::create(SignatureScheme::Sr25519, sig),
                               SignedExtra::of(era, 5, 1000), call);
}

u32 nextRandom(u32& state) {  // xorshift32, fixed seed: the same inputs on every run
  state ^= state << 13;
  state ^= state >> 17;
  state ^= state << 5;
  return state;
}

}  // namespace

TEST_CASE("unsigned_codec_should_work, invalid_length_prefix_is_detected") {
  const std::vector<u8> call{0x03, 0x00, 0x0b};
  const std::vector<u8> bytes = encodeUnsignedExtrinsic(call);
  CHECK(toHex(bytes) == "0x100403000b");
  auto x = splitExtrinsic<SignedExtra>(bytes);
  REQUIRE(x.has_value());
  CHECK_FALSE(x->isSigned());
  CHECK(std::vector<u8>(x->call.begin(), x->call.end()) == call);
  CHECK(encodeExtrinsic(*x) == bytes);

  std::vector<u8> longer_prefix = bytes;
  longer_prefix[0] = static_cast<u8>((4 + 10) << 2);  // Compact(length + 10)
  auto r = splitExtrinsic<SignedExtra>(longer_prefix);
  REQUIRE_FALSE(r.has_value());
  CHECK((r.error() == ExtrinsicDecodeError{ExtrinsicError::BadLengthPrefix, DecodeError::NotEnoughData}));
  std::vector<u8> shorter_prefix = bytes;
  shorter_prefix[0] = static_cast<u8>(3 << 2);
  CHECK((errorOf(shorter_prefix) == ExtrinsicError::TrailingBytes));
}

TEST_CASE("signed extrinsic: split gives address, signature, extra (and its bytes), call") {
  const std::vector<u8> call = transferCall();
  const std::vector<u8> bytes = signedExample(call);
  // prefix (2 bytes: body > 63) | 0x84 | 00 + 32 | 01 + 64 | a502 14 a10f | call
  REQUIRE(bytes.size() == 2 + 1 + 33 + 65 + 5 + call.size());
  CHECK(bytes[2] == 0x84);
  auto x = splitExtrinsic<SignedExtra>(bytes);
  REQUIRE(x.has_value());
  REQUIRE(x->isSigned());
  const auto& part = *x->signed_part;
  CHECK(part.address == DefaultAddress::fromId(AccountId32::repeatByte(0xd4)));
  CHECK(part.signature.scheme == SignatureScheme::Sr25519);
  CHECK(part.extra == SignedExtra::of(Era::mortal(64, 42), 5, 1000));
  CHECK(toHex(part.extra_bytes) == "0xa50214a10f");
  CHECK(std::vector<u8>(x->call.begin(), x->call.end()) == call);
  CHECK(x->body.size() == bytes.size() - 2);
  CHECK(x->call.data() == bytes.data() + bytes.size() - call.size());  // a view, not a copy
  CHECK(encodeExtrinsic(*x) == bytes);

  // A custom Extra (the runtime's own tuple) plugs in the same way.
  auto as_tuple = splitExtrinsic<std::tuple<CheckMortality, CheckNonce, ChargeTransactionPayment>>(bytes);
  REQUIRE(as_tuple.has_value());
  CHECK(std::get<1>(as_tuple->signed_part->extra).nonce == 5);
  CHECK(as_tuple->call.size() == call.size());
}

TEST_CASE("hostile extrinsics: empty, truncated, bad versions, bad prefixes, broken parts") {
  CHECK((errorOf({}) == ExtrinsicError::BadLengthPrefix));
  CHECK((errorOf(fromHex("0x00")) == ExtrinsicError::Empty));
  CHECK((errorOf(fromHex("0x0404")) == ExtrinsicError::MissingCall));
  CHECK((errorOf(fromHex("0x0484")) == ExtrinsicError::BadSignedPart));
  CHECK((errorOf(fromHex("0x010004")) == ExtrinsicError::BadLengthPrefix));        // non-canonical prefix
  CHECK((errorOf(fromHex("0x03ffffffff04")) == ExtrinsicError::BadLengthPrefix));  // 4 GiB promised
  CHECK((errorOf(fromHex("0x01")) == ExtrinsicError::BadLengthPrefix));            // truncated prefix
  CHECK((errorOf(fromHex("0x0b")) == ExtrinsicError::BadLengthPrefix));            // 6-byte compact
  CHECK((errorOf(fromHex("0x080400ff")) == ExtrinsicError::TrailingBytes));

  // Every version byte but 0x04 and 0x84 is rejected (v5's 0x05 and 0x45 included).
  for (int v = 0; v < 256; ++v) {
    const std::vector<u8> bytes{0x08, static_cast<u8>(v), 0x00};
    auto r = splitExtrinsic<SignedExtra>(bytes);
    if (v == 0x04) {
      CHECK(r.has_value());
    } else if (v == 0x84) {
      CHECK((!r.has_value() && r.error().error == ExtrinsicError::BadSignedPart));
    } else {
      CHECK_MESSAGE((!r.has_value() && r.error().error == ExtrinsicError::UnsupportedVersion), v);
    }
  }

  // Every truncation of a valid signed extrinsic fails; so does cutting the body with a matching
  // (shorter) prefix, which leaves the signed part or the call short.
  const std::vector<u8> bytes = signedExample(transferCall());
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    CHECK_FALSE(splitExtrinsic<SignedExtra>(std::span<const u8>(bytes).first(n)).has_value());
  }
  const std::span<const u8> body = std::span<const u8>(bytes).subspan(2);
  for (std::size_t n = 0; n <= 1 + 33 + 65 + 5; ++n) {
    const std::vector<u8> cut = lengthPrefixed(body.first(n));
    auto r = splitExtrinsic<SignedExtra>(cut);
    REQUIRE_FALSE(r.has_value());
    const ExtrinsicError e = r.error().error;
    CHECK_MESSAGE((e == (n == 0 ? ExtrinsicError::Empty
                                : n == 1 + 33 + 65 + 5 ? ExtrinsicError::MissingCall : ExtrinsicError::BadSignedPart)),
                  n);
  }

  // Broken parts: unknown address kind, unknown signature scheme, invalid era.
  std::vector<u8> bad_address(body.begin(), body.end());
  bad_address[1] = 0x05;
  CHECK((errorOf(lengthPrefixed(bad_address)) == ExtrinsicError::BadSignedPart));
  std::vector<u8> bad_scheme(body.begin(), body.end());
  bad_scheme[1 + 33] = 0x04;
  CHECK((errorOf(lengthPrefixed(bad_scheme)) == ExtrinsicError::BadSignedPart));
  std::vector<u8> bad_era(body.begin(), body.end());
  bad_era[1 + 33 + 65] = 0x10;
  bad_era[1 + 33 + 65 + 1] = 0x00;  // period 2
  auto r = splitExtrinsic<SignedExtra>(lengthPrefixed(bad_era));
  REQUIRE_FALSE(r.has_value());
  CHECK((r.error() == ExtrinsicDecodeError{ExtrinsicError::BadSignedPart, DecodeError::InvalidValue}));
  CHECK(std::string(toString(ExtrinsicError::UnsupportedVersion)) == "invalid transaction version");
}

TEST_CASE("hostile extrinsics: fixed-seed mutations never trap and re-encode when accepted") {
  const std::vector<u8> base = signedExample(transferCall());
  u32 state = 0x9e3779b9u;
  int accepted = 0;
  for (int round = 0; round < 20000; ++round) {
    std::vector<u8> bytes = base;
    const int flips = 1 + static_cast<int>(nextRandom(state) % 4);
    for (int i = 0; i < flips; ++i) bytes[nextRandom(state) % bytes.size()] = static_cast<u8>(nextRandom(state));
    if (nextRandom(state) % 8 == 0) bytes.resize(nextRandom(state) % bytes.size());
    auto x = splitExtrinsic<SignedExtra>(bytes);
    if (x.has_value()) {
      ++accepted;
      CHECK(encodeExtrinsic(*x) == bytes);  // anything accepted is canonical
    }
  }
  CHECK(accepted > 0);
}

TEST_CASE("nextExtrinsic walks a block body's extrinsics") {
  const std::vector<u8> a = encodeUnsignedExtrinsic(std::vector<u8>{3, 0, 1});
  const std::vector<u8> b = signedExample(transferCall(), Era::immortal());
  std::vector<u8> body{0x08};  // Vec length 2
  body.insert(body.end(), a.begin(), a.end());
  body.insert(body.end(), b.begin(), b.end());

  rt::codec::Decoder d(body);
  const u32 count = rt::codec::decodeCompact<u32>(d);
  REQUIRE(count == 2);
  const std::span<const u8> first = nextExtrinsic(d);
  const std::span<const u8> second = nextExtrinsic(d);
  REQUIRE(d.ok());
  CHECK(d.remaining() == 0);
  CHECK(std::vector<u8>(first.begin(), first.end()) == a);
  CHECK(std::vector<u8>(second.begin(), second.end()) == b);
  CHECK(splitExtrinsic<SignedExtra>(second).has_value());

  rt::codec::Decoder truncated(std::span<const u8>(body).first(body.size() - 1));
  rt::codec::decodeCompact<u32>(truncated);
  nextExtrinsic(truncated);
  CHECK(nextExtrinsic(truncated).empty());
  CHECK((truncated.error() == DecodeError::NotEnoughData));
}

TEST_CASE("SignedPayload: call ++ extra ++ additional, hashed above 256 bytes") {
  const std::vector<u8> call = transferCall();
  const SignedExtra extra = SignedExtra::of(Era::mortal(64, 42), 5, 1000);
  const SignedExtraAdditional additional{100, 1, H256::repeatByte(1), H256::repeatByte(2)};
  const SignedPayload p = signedPayload(call, extra, additional);
  REQUIRE(p.bytes.size() == call.size() + 5 + 72);
  CHECK(std::equal(call.begin(), call.end(), p.bytes.begin()));
  CHECK(toHex(std::span<const u8>(p.bytes).subspan(call.size(), 5)) == "0xa50214a10f");
  CHECK_FALSE(p.needsHashing());
  const std::vector<u8> extra_bytes = rt::codec::encode(extra);
  const std::vector<u8> additional_bytes = rt::codec::encode(additional);
  CHECK(signedPayloadFromParts(call, extra_bytes, additional_bytes).bytes == p.bytes);

  // The threshold: 256 bytes are signed as they are, 257 are hashed.
  const std::vector<u8> call179(256 - 5 - 72, 0);
  CHECK_FALSE(signedPayload(call179, extra, additional).needsHashing());
  const std::vector<u8> call180(257 - 5 - 72, 0);
  CHECK(signedPayload(call180, extra, additional).needsHashing());
}
