// SPDX-License-Identifier: Apache-2.0
// The project's integer aliases rt::u8 .. rt::u128 and rt::i8 .. rt::i128.
//
// Rust's u128/i128 (balances, fixed-point numbers) map to the compilers' __int128, which both
// clang (native and wasm32) and gcc provide. Kept apart from fixed_int.hpp so that the encoder
// and decoder can use the aliases without pulling in the integer codecs.
#pragma once

#include <cstdint>

namespace rt {

using u8 = std::uint8_t;          ///< unsigned 8-bit integer
using u16 = std::uint16_t;        ///< unsigned 16-bit integer
using u32 = std::uint32_t;        ///< unsigned 32-bit integer
using u64 = std::uint64_t;        ///< unsigned 64-bit integer
using u128 = unsigned __int128;   ///< unsigned 128-bit integer (Rust's u128)
using i8 = std::int8_t;           ///< signed 8-bit integer
using i16 = std::int16_t;         ///< signed 16-bit integer
using i32 = std::int32_t;         ///< signed 32-bit integer
using i64 = std::int64_t;         ///< signed 64-bit integer
using i128 = __int128;            ///< signed 128-bit integer (Rust's i128)

}  // namespace rt
