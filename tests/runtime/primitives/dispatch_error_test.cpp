// SPDX-License-Identifier: Apache-2.0
// DispatchError and transaction validity: sp_runtime's dispatch_error_encoding and
// dispatch_error_equality tests ported, every variant's index, unknown indices rejected, the
// #[codec(skip)] messages, and the Rust messages behind toString(). Values of types with a
// toString() are compared inside CHECK((...)) (see primitives_test_util.hpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "primitives_test_util.hpp"
#include "runtime/primitives/dispatch_error.hpp"
#include "runtime/primitives/transaction_validity.hpp"

using namespace rt;
using namespace rt::runtime::primitives;
using namespace rt::runtime::primitives::test;
using rt::codec::DecodeError;
using Kind = DispatchError::Kind;

TEST_CASE("DispatchError: dispatch_error_encoding (the message is not encoded)") {
  DispatchError e = DispatchError::of(Kind::Module);
  e.module = ModuleError{1, {2, 0, 0, 0}, "error message"};
  const std::vector<u8> bytes = rt::codec::encode(e);
  CHECK(bytes == std::vector<u8>{3, 1, 2, 0, 0, 0});
  auto decoded = rt::codec::decode<DispatchError>(bytes);
  REQUIRE(decoded.has_value());
  CHECK(decoded->module.message == nullptr);
  CHECK((*decoded == e));  // equality ignores the module message
  CHECK((DispatchError::moduleError(1, 2, "x") == e));
}

TEST_CASE("DispatchError: dispatch_error_equality") {
  const std::vector<DispatchError> variants = {
      DispatchError::other("foo"),
      DispatchError::other("bar"),
      DispatchError::of(Kind::CannotLookup),
      DispatchError::of(Kind::BadOrigin),
      DispatchError::moduleError(1, 1),
      DispatchError::moduleError(1, 2),
      DispatchError::moduleError(2, 1),
      DispatchError::of(Kind::ConsumerRemaining),
      DispatchError::of(Kind::NoProviders),
      DispatchError::tokenError(TokenError::FundsUnavailable),
      DispatchError::tokenError(TokenError::OnlyProvider),
      DispatchError::tokenError(TokenError::BelowMinimum),
      DispatchError::tokenError(TokenError::CannotCreate),
      DispatchError::tokenError(TokenError::UnknownAsset),
      DispatchError::tokenError(TokenError::Frozen),
      DispatchError::arithmeticError(ArithmeticError::Overflow),
      DispatchError::arithmeticError(ArithmeticError::Underflow),
      DispatchError::arithmeticError(ArithmeticError::DivisionByZero),
  };
  for (std::size_t i = 0; i < variants.size(); ++i) {
    for (std::size_t j = 0; j < variants.size(); ++j) {
      CHECK_MESSAGE((variants[i] == variants[j]) == (i == j), i << " vs " << j);
    }
  }
  CHECK((DispatchError::moduleError(1, 1, "foo") == DispatchError::moduleError(1, 1)));
  CHECK(DispatchError::moduleError(1, 1, "foo").stripped().module.message == nullptr);
  CHECK((DispatchError::other(nullptr) == DispatchError::other("")));
  static_assert(DispatchError::tokenError(TokenError::Blocked) == DispatchError::tokenError(TokenError::Blocked));
}

TEST_CASE("DispatchError: every variant's index and payload") {
  checkCodec(DispatchError::of(Kind::Other), "0x00");
  // Other's message is not encoded, so it does not survive a round trip (nor does it in Rust).
  CHECK(rt::codec::encode(DispatchError::other("dropped")) == std::vector<u8>{0});
  checkCodec(DispatchError::of(Kind::CannotLookup), "0x01");
  checkCodec(DispatchError::of(Kind::BadOrigin), "0x02");
  checkCodec(DispatchError::moduleError(5, 3), "0x030503000000");
  checkCodec(DispatchError::of(Kind::ConsumerRemaining), "0x04");
  checkCodec(DispatchError::of(Kind::NoProviders), "0x05");
  checkCodec(DispatchError::of(Kind::TooManyConsumers), "0x06");
  checkCodec(DispatchError::tokenError(TokenError::Blocked), "0x0709");
  checkCodec(DispatchError::arithmeticError(ArithmeticError::DivisionByZero), "0x0802");
  checkCodec(DispatchError::transactionalError(TransactionalError::NoLayer), "0x0901");
  checkCodec(DispatchError::of(Kind::Exhausted), "0x0a");
  checkCodec(DispatchError::of(Kind::Corruption), "0x0b");
  checkCodec(DispatchError::of(Kind::Unavailable), "0x0c");
  checkCodec(DispatchError::of(Kind::RootNotAllowed), "0x0d");
  checkCodec(DispatchError::trieError(TrieError::DecodeError), "0x0e0d");
  CHECK((decodeErrorHex<DispatchError>("0x0f") == DecodeError::InvalidVariant));
  CHECK((decodeErrorHex<DispatchError>("0xff") == DecodeError::InvalidVariant));
  CHECK((decodeErrorHex<DispatchError>("0x070a") == DecodeError::InvalidVariant));  // TokenError 10
  CHECK((decodeErrorHex<DispatchError>("0x0803") == DecodeError::InvalidVariant));  // ArithmeticError 3
  CHECK((decodeErrorHex<DispatchError>("0x0902") == DecodeError::InvalidVariant));
  CHECK((decodeErrorHex<DispatchError>("0x0e0e") == DecodeError::InvalidVariant));  // TrieError 14
  CHECK((decodeErrorHex<DispatchError>("0x0301020000") == DecodeError::NotEnoughData));
  CHECK(rt::codec::minEncodedSize<DispatchError>() == 1);
}

TEST_CASE("DispatchError: Rust's messages") {
  CHECK(std::string(toString(DispatchError::of(Kind::BadOrigin))) == "Bad origin");
  CHECK(std::string(toString(DispatchError::other("custom"))) == "custom");
  CHECK(std::string(toString(DispatchError::moduleError(1, 1))) == "Unknown module error");
  CHECK(std::string(toString(DispatchError::moduleError(1, 1, "InsufficientBalance"))) == "InsufficientBalance");
  CHECK(std::string(toString(DispatchError::tokenError(TokenError::FundsUnavailable))) == "Funds are unavailable");
  CHECK(std::string(toString(DispatchError::arithmeticError(ArithmeticError::Overflow))) == "An overflow would occur");
  CHECK(std::string(toString(DispatchError::of(Kind::Corruption))) == "State corrupt");
  for (int k = 0; k <= 14; ++k) {
    CHECK(std::string(toString(DispatchError::of(static_cast<Kind>(k)))) != "Unknown dispatch error");
  }
}

TEST_CASE("InvalidTransaction / UnknownTransaction / TransactionValidityError") {
  using IK = InvalidTransaction::Kind;
  const char* expected[] = {"0x00", "0x01", "0x02", "0x03", "0x04", "0x05", "0x06", "0x0709",
                            "0x08", "0x09", "0x0a", "0x0b", "0x0c"};
  for (int k = 0; k <= 12; ++k) {
    const InvalidTransaction e =
        k == 7 ? InvalidTransaction::customError(9) : InvalidTransaction::of(static_cast<IK>(k));
    checkCodec(e, expected[k]);
    CHECK(std::string(toString(e)) != "Unknown invalid transaction");
  }
  CHECK((decodeErrorHex<InvalidTransaction>("0x0d") == DecodeError::InvalidVariant));
  CHECK((InvalidTransaction::customError(1) != InvalidTransaction::customError(2)));
  CHECK(InvalidTransaction::of(IK::ExhaustsResources).exhaustedResources());
  CHECK(InvalidTransaction::of(IK::BadMandatory).wasMandatory());

  using UK = UnknownTransaction::Kind;
  checkCodec(UnknownTransaction::of(UK::CannotLookup), "0x00");
  checkCodec(UnknownTransaction::of(UK::NoUnsignedValidator), "0x01");
  checkCodec(UnknownTransaction::customError(200), "0x02c8");
  CHECK((decodeErrorHex<UnknownTransaction>("0x03") == DecodeError::InvalidVariant));

  checkCodec(TransactionValidityError(InvalidTransaction::of(IK::BadProof)), "0x0004");
  checkCodec(TransactionValidityError(UnknownTransaction::customError(1)), "0x010201");
  CHECK((decodeErrorHex<TransactionValidityError>("0x0200") == DecodeError::InvalidVariant));
  CHECK(TransactionValidityError(InvalidTransaction::of(IK::ExhaustsResources)).exhaustedResources());
  CHECK_FALSE(TransactionValidityError(UnknownTransaction::of(UK::CannotLookup)).wasMandatory());
  const TransactionValidityError stale(InvalidTransaction::of(IK::Stale));
  CHECK(std::string(toString(stale)) == "Transaction is outdated");
  CHECK(rt::codec::minEncodedSize<TransactionValidityError>() == 2);
}

TEST_CASE("ValidTransaction, TransactionSource, TransactionValidity, ApplyExtrinsicResult") {
  const ValidTransaction v;  // Rust's Default
  checkCodec(v, "0x00000000000000000000ffffffffffffffff01");
  ValidTransaction a{7, {{1}}, {{2}}, 10, true};
  ValidTransaction b{~u64{0}, {{3}}, {{4}, {5}}, 5, false};
  const ValidTransaction c = a.combineWith(b);
  CHECK(c.priority == ~u64{0});
  CHECK(c.requires_tags == std::vector<TransactionTag>{{1}, {3}});
  CHECK(c.provides_tags == std::vector<TransactionTag>{{2}, {4}, {5}});
  CHECK(c.longevity == 5);
  CHECK_FALSE(c.propagate);

  checkCodec(TransactionSource::External, "0x02");
  CHECK((decodeErrorHex<TransactionSource>("0x03") == DecodeError::InvalidVariant));

  const TransactionValidityError future(InvalidTransaction::of(InvalidTransaction::Kind::Future));
  checkCodec(TransactionValidity(rt::Err(future)), "0x010002");
  checkCodec(ApplyExtrinsicResult(DispatchOutcome(rt::Unit{})), "0x0000");
  checkCodec(ApplyExtrinsicResult(DispatchOutcome(rt::Err(DispatchError::moduleError(4, 2)))), "0x0001030402000000");
  const TransactionValidityError payment(InvalidTransaction::of(InvalidTransaction::Kind::Payment));
  checkCodec(ApplyExtrinsicResult(rt::Err(payment)), "0x010001");
}
