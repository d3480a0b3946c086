// SPDX-License-Identifier: Apache-2.0
// Era: the lifetime of a transaction, carried by the CheckMortality extension. Immortal encodes as
// the single byte 0x00; Mortal(period, phase) as a little-endian u16 whose low four bits are
// log2(period) - 1 and whose upper twelve bits are phase / max(period >> 12, 1). Periods are powers
// of two in [4, 65536]; above 4096 the phase is quantized to multiples of period >> 12.
//
// Mirrors `enum Era`, `Era::mortal`, `birth`, `death` and the hand-written Encode/Decode in
// https://github.com/paritytech/polkadot-sdk/blob/12095db4de877215a5d2aa9942f2ec18a912c6dc/substrate/primitives/runtime/src/generic/era.rs
#pragma once

#include <bit>
#include <cstddef>

#include "codec/codec.hpp"
#include "rt/result.hpp"

namespace rt::runtime::primitives {

/// Why Era::create rejected a (period, phase) pair.
enum class EraError : u8 {
  InvalidPeriod = 1,  ///< the period is not a power of two in [4, 65536]
  InvalidPhase,       ///< the phase is not below the period, or not a multiple of the quantum
};

/// A short English name for the error, for logs.
constexpr const char* toString(EraError e) {
  switch (e) {
    case EraError::InvalidPeriod: return "era period is not a power of two in [4, 65536]";
    case EraError::InvalidPhase: return "era phase is not a quantized value below the period";
  }
  return "unknown era error";
}

/// sp_runtime::generic::Era. Only valid eras exist: built by immortal(), mortal() (which rounds
/// like Rust), create() (which checks) or decoding (which checks like Rust).
class Era {
 public:
  /// Shortest period mortal() produces.
  static constexpr u64 kMinPeriod = 4;
  /// Longest period (1 << 16).
  static constexpr u64 kMaxPeriod = u64{1} << 16;

  /// Immortal, the default.
  constexpr Era() = default;

  /// Era::Immortal: valid forever; the genesis hash is signed instead of a birth block's hash.
  static constexpr Era immortal() { return Era(); }

  /// Rust's `Era::mortal(period, current)`: period rounded up to a power of two and clamped to
  /// [4, 65536], phase = current % period, quantized down for periods above 4096.
  static constexpr Era mortal(u64 period, u64 current) {
    // checked_next_power_of_two(0) is 1; past 1 << 63 it overflows and Rust takes 1 << 16.
    u64 p = period > (u64{1} << 63) ? kMaxPeriod : std::bit_ceil(period);
    if (p < kMinPeriod) p = kMinPeriod;
    if (p > kMaxPeriod) p = kMaxPeriod;
    const u64 phase = current % p;
    const u64 quantum = quantumOf(p);
    return Era(p, phase / quantum * quantum);
  }

  /// Era::Mortal(period, phase) exactly as given, if decoding its encoding gives it back: period a
  /// power of two in [4, 65536], phase below it and a multiple of the quantum.
  static rt::Result<Era, EraError> create(u64 period, u64 phase) {
    if (period < kMinPeriod || period > kMaxPeriod || !std::has_single_bit(period)) {
      return rt::Err(EraError::InvalidPeriod);
    }
    if (phase >= period || phase % quantumOf(period) != 0) return rt::Err(EraError::InvalidPhase);
    return Era(period, phase);
  }

  /// True for Era::Immortal.
  constexpr bool isImmortal() const { return period_ == 0; }
  /// The period (0 for Immortal).
  constexpr u64 period() const { return period_; }
  /// The phase (0 for Immortal).
  constexpr u64 phase() const { return phase_; }

  /// Rust's `birth(current)`: the first block of the era instance that `current` belongs to
  /// (0 for Immortal).
  constexpr u64 birth(u64 current) const {
    if (isImmortal()) return 0;
    const u64 from = current > phase_ ? current : phase_;
    return (from - phase_) / period_ * period_ + phase_;
  }
  /// Rust's `death(current)`: the first block at which the era has ended (u64::MAX for Immortal).
  constexpr u64 death(u64 current) const { return isImmortal() ? ~u64{0} : birth(current) + period_; }

  /// The two-byte encoding of a mortal era (meaningless for Immortal).
  constexpr u16 encodedMortal() const {
    const u64 tz = static_cast<u64>(std::countr_zero(period_));
    const u64 low = tz - 1 < 1 ? 1 : (tz - 1 > 15 ? 15 : tz - 1);
    return static_cast<u16>(low | ((phase_ / quantumOf(period_)) << 4));
  }
  /// Decodes the two bytes of a mortal era; fails (like Rust) when the period is below 4 or the
  /// phase not below the period.
  static rt::Result<Era, EraError> fromEncodedMortal(u16 encoded) {
    const u64 period = u64{2} << (encoded % 16);
    const u64 phase = (u64{encoded} >> 4) * quantumOf(period);
    if (period < kMinPeriod) return rt::Err(EraError::InvalidPeriod);
    if (phase >= period) return rt::Err(EraError::InvalidPhase);
    return Era(period, phase);
  }

  /// Same variant, period and phase.
  constexpr bool operator==(const Era&) const = default;

 private:
  constexpr Era(u64 period, u64 phase) : period_(period), phase_(phase) {}
  /// max(period >> 12, 1): the step of the phase for long periods.
  static constexpr u64 quantumOf(u64 period) { return (period >> 12) > 1 ? (period >> 12) : 1; }

  u64 period_ = 0;  ///< 0 for Immortal
  u64 phase_ = 0;
};

}  // namespace rt::runtime::primitives

namespace rt::codec {

/// Era: 0x00 for Immortal, else the little-endian u16 of Era::encodedMortal().
template <>
struct Codec<runtime::primitives::Era> {
  /// Writes one or two bytes.
  template <class S>
  static void encode(Encoder<S>& e, const runtime::primitives::Era& v) {
    if (v.isImmortal()) {
      e.putByte(0);
      return;
    }
    const u16 x = v.encodedMortal();
    e.putByte(static_cast<u8>(x));
    e.putByte(static_cast<u8>(x >> 8));
  }
  /// Reads 0x00 (Immortal) or two bytes; an invalid period/phase is DecodeError::InvalidValue.
  static void decode(Decoder& d, runtime::primitives::Era& v) {
    v = runtime::primitives::Era::immortal();
    const u8 first = d.takeByte();
    if (!d.ok() || first == 0) return;
    const u8 second = d.takeByte();
    if (!d.ok()) return;
    auto era = runtime::primitives::Era::fromEncodedMortal(static_cast<u16>(first | (second << 8)));
    if (era.has_value()) v = *era;
    else d.fail(DecodeError::InvalidValue);
  }
  /// One byte (Immortal).
  static constexpr std::size_t minSize() { return 1; }
};

}  // namespace rt::codec
