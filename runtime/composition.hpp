// SPDX-License-Identifier: Apache-2.0
// The runtime's composition (what FRAME's construct_runtime! declares): each pallet's index in
// RuntimeCall / RuntimeEvent / module errors, and the runtime-wide constants pallets read.
// One runtime, composed statically: pallets include this header for their own index instead of
// being generic over a Config.
#pragma once

#include <cstdint>

namespace rt::runtime {

inline constexpr uint8_t kSystemIndex = 0;
inline constexpr uint8_t kTimestampIndex = 1;
inline constexpr uint8_t kBalancesIndex = 2;
inline constexpr uint8_t kTransactionPaymentIndex = 3;
inline constexpr uint8_t kSudoIndex = 4;

/// pallet_balances::Config::ExistentialDeposit (node-template: EXISTENTIAL_DEPOSIT = 500).
inline constexpr unsigned __int128 kExistentialDeposit = 500;

/// frame_system::Config::BlockHashCount (node-template: 2400).
inline constexpr uint32_t kBlockHashCount = 2400;
/// Aura slot duration in milliseconds; Timestamp's MinimumPeriod is half of it (node-template).
inline constexpr uint64_t kSlotDurationMs = 6000;

}  // namespace rt::runtime
