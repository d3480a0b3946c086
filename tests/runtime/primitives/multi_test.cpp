// SPDX-License-Identifier: Apache-2.0
// AccountId32 / H256, MultiSignature, MultiSigner and MultiAddress: sizes per scheme, every index,
// AccountIndex as rt::Unit (Compact<()> = no bytes) and as u32 (compact), unknown indices and
// truncations rejected.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "primitives_test_util.hpp"
#include "runtime/primitives/multi_address.hpp"
#include "runtime/primitives/multi_signature.hpp"

using namespace rt;
using namespace rt::runtime::primitives;
using namespace rt::runtime::primitives::test;
using rt::codec::DecodeError;

namespace {

std::vector<u8> seq(std::size_t n, u8 start = 0) {
  std::vector<u8> v(n);
  for (std::size_t i = 0; i < n; ++i) v[i] = static_cast<u8>(start + i);
  return v;
}

MultiSignature signature(SignatureScheme scheme, const std::vector<u8>& bytes) {
  auto s = MultiSignature::create(scheme, bytes);
  REQUIRE(s.has_value());
  return *s;
}

MultiSigner signer(SignatureScheme scheme, const std::vector<u8>& bytes) {
  auto s = MultiSigner::create(scheme, bytes);
  REQUIRE(s.has_value());
  return *s;
}

}  // namespace

TEST_CASE("FixedBytes: AccountId32 and H256 are 32 raw bytes, distinct types, ordered") {
  const AccountId32 a = AccountId32::repeatByte(0xd4);
  checkCodec(a, "0xd4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4");
  CHECK(rt::codec::encode(a).size() == 32);
  static_assert(!std::is_same_v<AccountId32, H256>);
  CHECK(rt::codec::minEncodedSize<H256>() == 32);
  const std::vector<u8> short_input(31, 1);
  CHECK((H256::create(short_input).error() == LengthError::WrongLength));
  const std::vector<u8> exact(32, 1);
  CHECK(H256::create(exact)->bytes[31] == 1);
  CHECK(AccountId32::repeatByte(1) < AccountId32::repeatByte(2));
  CHECK((decodeErrorHex<H256>("0x00") == DecodeError::NotEnoughData));
  CHECK(engineId("aura") == ConsensusEngineId{'a', 'u', 'r', 'a'});
}

TEST_CASE("MultiSignature: 64 bytes for Ed25519/Sr25519, 65 for Ecdsa/Eth") {
  const MultiSignature ed = signature(SignatureScheme::Ed25519, seq(64));
  checkCodec(ed, "0x00" + toHex(seq(64)).substr(2));
  checkCodec(signature(SignatureScheme::Sr25519, seq(64, 1)), "0x01" + toHex(seq(64, 1)).substr(2));
  checkCodec(signature(SignatureScheme::Ecdsa, seq(65, 2)), "0x02" + toHex(seq(65, 2)).substr(2));
  checkCodec(signature(SignatureScheme::Eth, seq(65, 3)), "0x03" + toHex(seq(65, 3)).substr(2));
  CHECK((MultiSignature::create(SignatureScheme::Ecdsa, seq(64)).error() == LengthError::WrongLength));
  CHECK((MultiSigner::create(SignatureScheme::Sr25519, seq(33)).error() == LengthError::WrongLength));
  CHECK(signature(SignatureScheme::Ed25519, seq(64)) != signature(SignatureScheme::Sr25519, seq(64)));
  CHECK(ed.bytes().size() == 64);
  CHECK((decodeErrorHex<MultiSignature>("0x04" + toHex(seq(65)).substr(2)) == DecodeError::InvalidVariant));
  CHECK((decodeErrorHex<MultiSignature>("0x02" + toHex(seq(64)).substr(2)) == DecodeError::NotEnoughData));
  CHECK((decodeErrorHex<MultiSignature>("0x00" + toHex(seq(65)).substr(2)) == DecodeError::TrailingBytes));
  CHECK(rt::codec::minEncodedSize<MultiSignature>() == 65);
}

TEST_CASE("MultiSigner: 32 bytes for Ed25519/Sr25519, 33 for Ecdsa/Eth") {
  checkCodec(signer(SignatureScheme::Ed25519, seq(32)), "0x00" + toHex(seq(32)).substr(2));
  checkCodec(signer(SignatureScheme::Sr25519, seq(32, 9)), "0x01" + toHex(seq(32, 9)).substr(2));
  checkCodec(signer(SignatureScheme::Ecdsa, seq(33, 5)), "0x02" + toHex(seq(33, 5)).substr(2));
  checkCodec(signer(SignatureScheme::Eth, seq(33, 7)), "0x03" + toHex(seq(33, 7)).substr(2));
  CHECK((decodeErrorHex<MultiSigner>("0x05" + toHex(seq(32)).substr(2)) == DecodeError::InvalidVariant));
  CHECK(rt::codec::minEncodedSize<MultiSigner>() == 33);
}

TEST_CASE("MultiAddress<AccountId32, ()>: node-template's Address") {
  using Address = MultiAddress<AccountId32, rt::Unit>;
  const AccountId32 alice = AccountId32::repeatByte(0xaa);
  checkCodec(Address::fromId(alice), "0x00" + toHex(alice.span()).substr(2));
  checkCodec(Address::fromIndex(rt::Unit{}), "0x01");
  checkCodec(Address::fromRaw({}), "0x0200");
  checkCodec(Address::fromRaw({1, 2, 3}), "0x020c010203");
  const AccountId32 threes = AccountId32::repeatByte(3);
  checkCodec(Address::fromAddress32(threes.bytes), "0x03" + toHex(threes.span()).substr(2));
  std::array<u8, 20> twenty{};
  twenty.fill(0x20);
  checkCodec(Address::fromAddress20(twenty), "0x042020202020202020202020202020202020202020");
  CHECK(Address::fromId(alice).asId() != nullptr);
  CHECK(*Address::fromId(alice).asId() == alice);
  CHECK(Address::fromIndex(rt::Unit{}).asId() == nullptr);
  CHECK((decodeErrorHex<Address>("0x05") == DecodeError::InvalidVariant));
  CHECK((decodeErrorHex<Address>("0x02fc") == DecodeError::LengthTooLarge));  // Raw: 63 bytes promised
  CHECK((decodeErrorHex<Address>("0x0101") == DecodeError::TrailingBytes));  // Index carries nothing
  CHECK(rt::codec::minEncodedSize<Address>() == 1);
}

TEST_CASE("MultiAddress<AccountId32, u32>: the index is compact") {
  using Address = MultiAddress<AccountId32, u32>;
  checkCodec(Address::fromIndex(0), "0x0100");
  checkCodec(Address::fromIndex(63), "0x01fc");
  checkCodec(Address::fromIndex(64), "0x010101");
  checkCodec(Address::fromIndex(0xffffffffu), "0x0103ffffffff");
  CHECK((decodeErrorHex<Address>("0x010100") == DecodeError::NonCanonicalCompact));
  CHECK(Address::fromIndex(1) != Address::fromIndex(2));
  CHECK(Address::fromIndex(1) != Address::fromRaw({}));
  // A vector of addresses whose shortest member is the bare tag is not rejected by the length bound.
  using UnitAddress = MultiAddress<AccountId32, rt::Unit>;
  checkCodec(std::vector<UnitAddress>(3, UnitAddress::fromIndex(rt::Unit{})), "0x0c010101");
}
