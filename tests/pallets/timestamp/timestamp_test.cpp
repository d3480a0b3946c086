// SPDX-License-Identifier: Apache-2.0
// pallets/timestamp: the inherent sets Now once; on_finalize clears DidUpdate; the inherent data.
#include "pallet_test_util.hpp"
#include "pallets/timestamp/timestamp.hpp"

using namespace rt::pallets;

TEST_CASE("set: Now and DidUpdate; on_finalize takes DidUpdate") {
  test::Chain chain;
  chain.startBlock();
  REQUIRE(timestamp::set(rt::support::Origin::none(), 6000).has_value());
  CHECK(timestamp::Now::get() == 6000);
  CHECK(timestamp::DidUpdate::get());
  timestamp::onFinalize();
  CHECK(!timestamp::DidUpdate::exists());
  CHECK(timestamp::Now::get() == 6000);
}

TEST_CASE("set needs the None origin") {
  test::Chain chain;
  chain.startBlock();
  auto r = timestamp::set(rt::support::Origin::root(), 6000);
  REQUIRE(!r.has_value());
  CHECK(r.error().kind == rt::runtime::primitives::DispatchError::Kind::BadOrigin);
  CHECK(!timestamp::Now::exists());
}

TEST_CASE("the call and the inherent data") {
  CHECK(timestamp::setCall(6000) == std::vector<uint8_t>{timestamp::kIndex, 0, 0xc1, 0x5d});
  std::map<std::array<uint8_t, 8>, std::vector<uint8_t>> data;
  CHECK(!timestamp::inherentTimestamp(data).has_value());
  data[timestamp::kInherentId] = {0x70, 0x17, 0, 0, 0, 0, 0, 0};
  CHECK(timestamp::inherentTimestamp(data) == 6000);
  CHECK(timestamp::kMinimumPeriod == 3000);
}
