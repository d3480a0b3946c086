// SPDX-License-Identifier: Apache-2.0
#include "pallets/timestamp/timestamp.hpp"

#include "rt/assert.hpp"

namespace rt::pallets::timestamp {

support::DispatchResult set(const support::Origin& origin, uint64_t now) {
  RT_TRY_VOID(support::ensureNone(origin));
  if (DidUpdate::exists()) rt_panic("Timestamp must be updated only once in the block", __FILE__, __LINE__);
  const uint64_t prev = Now::get();
  if (prev != 0 && now < prev + kMinimumPeriod) {
    rt_panic("Timestamp must increment by at least <MinimumPeriod> between sequential blocks", __FILE__, __LINE__);
  }
  Now::put(now);
  DidUpdate::put(true);
  return rt::Unit{};
}

void onFinalize() {
  if (!DidUpdate::take()) rt_panic("Timestamp must be updated once in the block", __FILE__, __LINE__);
}

std::vector<uint8_t> setCall(uint64_t now) {
  std::vector<uint8_t> call{kIndex, kSetCallIndex};
  const auto encoded = codec::encode(codec::asCompact(now));
  call.insert(call.end(), encoded.begin(), encoded.end());
  return call;
}

std::optional<uint64_t> inherentTimestamp(const std::map<std::array<uint8_t, 8>, std::vector<uint8_t>>& data) {
  const auto it = data.find(kInherentId);
  if (it == data.end()) return std::nullopt;
  auto v = codec::decode<uint64_t>(std::span<const uint8_t>(it->second));
  if (!v) return std::nullopt;
  return v.value();
}

}  // namespace rt::pallets::timestamp
