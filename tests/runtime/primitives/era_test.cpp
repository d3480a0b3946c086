// SPDX-License-Identifier: Apache-2.0
// Era: sp_runtime's own era.rs tests ported one for one (encoding, Era::mortal's rounding and
// quantization, birth/death), plus the decoder's rejections and Era::create's checks.
#include <doctest/doctest.h>

#include "primitives_test_util.hpp"
#include "runtime/primitives/era.hpp"

using namespace rt;
using namespace rt::runtime::primitives;
using namespace rt::runtime::primitives::test;

namespace {

Era mortalExact(u64 period, u64 phase) {
  auto e = Era::create(period, phase);
  REQUIRE(e.has_value());
  return *e;
}

}  // namespace

TEST_CASE("era: immortal_works") {
  const Era e = Era::immortal();
  CHECK(e.birth(0) == 0);
  CHECK(e.death(0) == ~u64{0});
  CHECK(e.birth(1) == 0);
  CHECK(e.death(1) == ~u64{0});
  CHECK(e.birth(~u64{0}) == 0);
  CHECK(e.death(~u64{0}) == ~u64{0});
  CHECK(e.isImmortal());
  checkCodec(e, "0x00");
}

TEST_CASE("era: mortal_codec_works and long_period_mortal_codec_works") {
  const Era e = Era::mortal(64, 42);
  CHECK_FALSE(e.isImmortal());
  // vec![5 + 42 % 16 * 16, 42 / 16]
  checkCodec(e, "0xa502");
  // vec![(14 + 2500 % 16 * 16) as u8, (2500 / 16) as u8]
  checkCodec(Era::mortal(32768, 20000), "0x4e9c");
}

TEST_CASE("era: era_initialization_works and quantized_clamped_era_initialization_works") {
  CHECK(Era::mortal(64, 42) == mortalExact(64, 42));
  CHECK(Era::mortal(32768, 20000) == mortalExact(32768, 20000));
  CHECK(Era::mortal(200, 513) == mortalExact(256, 1));
  CHECK(Era::mortal(2, 1) == mortalExact(4, 1));
  CHECK(Era::mortal(4, 5) == mortalExact(4, 1));
  CHECK(Era::mortal(1000000, 1000001) == mortalExact(65536, 1000001 % 65536 / 4 * 4));
  // Edges of checked_next_power_of_two(): 0 and 1 round to 1 (clamped to 4); past 1 << 63 it
  // overflows and Rust takes 1 << 16.
  CHECK(Era::mortal(0, 7) == mortalExact(4, 3));
  CHECK(Era::mortal(1, 7) == mortalExact(4, 3));
  CHECK(Era::mortal((u64{1} << 63) + 1, 65537) == mortalExact(65536, 0));
  CHECK(Era::mortal(u64{1} << 63, 65537) == mortalExact(65536, 0));
  CHECK(Era::mortal(4097, 8191).period() == 8192);
  CHECK(Era::mortal(4097, 8191).phase() == 8190);  // quantum 2
}

TEST_CASE("era: mortal_birth_death_works and current_less_than_phase") {
  const Era e = Era::mortal(4, 6);
  for (u64 i = 6; i < 10; ++i) {
    CHECK(e.birth(i) == 6);
    CHECK(e.death(i) == 10);
  }
  CHECK(e.birth(10) != 6);
  CHECK(e.birth(5) != 6);
  CHECK(Era::mortal(4, 3).birth(1) == 3);  // must not underflow
  // CheckMortality's longevity example: Era::mortal(16, 256) at block 17 dies at 32.
  CHECK(Era::mortal(16, 256).death(17) == 32);
}

TEST_CASE("era: every valid two-byte encoding round-trips; the rest are rejected like Rust") {
  int valid = 0;
  for (u32 x = 0; x <= 0xffff; ++x) {
    const u8 bytes[2] = {static_cast<u8>(x), static_cast<u8>(x >> 8)};
    if (bytes[0] == 0) continue;  // 0x00 is Immortal (one byte)
    const u64 period = u64{2} << (x % 16);
    const u64 quantum = (period >> 12) > 1 ? (period >> 12) : 1;
    const u64 phase = (x >> 4) * quantum;
    const bool rust_accepts = period >= 4 && phase < period;
    auto r = rt::codec::decode<Era>(std::span<const u8>(bytes, 2));
    CHECK(r.has_value() == rust_accepts);
    if (r.has_value()) {
      ++valid;
      CHECK(r->period() == period);
      CHECK(r->phase() == phase);
      CHECK(rt::codec::encode(*r) == std::vector<u8>(bytes, bytes + 2));
    } else {
      CHECK((r.error() == rt::codec::DecodeError::InvalidValue));
    }
  }
  // Periods 4..4096 accept every phase below the period, the four longer ones all 4096 steps.
  CHECK(valid == (8192 - 4) + 4 * 4096);
  CHECK((decodeErrorHex<Era>("0x01") == rt::codec::DecodeError::NotEnoughData));
  CHECK((decodeErrorHex<Era>("0x1000") == rt::codec::DecodeError::InvalidValue));  // period 2
  CHECK((decodeErrorHex<Era>("0x4100") == rt::codec::DecodeError::InvalidValue));  // period 4, phase 4
  CHECK(rt::codec::decode<Era>(fromHex("0x0100"))->period() == 4);
  CHECK((decodeErrorHex<Era>("0x0000") == rt::codec::DecodeError::TrailingBytes));
}

TEST_CASE("era: create checks period and phase") {
  CHECK(Era::create(4, 0).has_value());
  CHECK(Era::create(65536, 65520).has_value());
  CHECK((Era::create(2, 0).error() == EraError::InvalidPeriod));
  CHECK((Era::create(6, 0).error() == EraError::InvalidPeriod));
  CHECK((Era::create(131072, 0).error() == EraError::InvalidPeriod));
  CHECK((Era::create(0, 0).error() == EraError::InvalidPeriod));
  CHECK((Era::create(64, 64).error() == EraError::InvalidPhase));
  CHECK((Era::create(8192, 3).error() == EraError::InvalidPhase));  // not a multiple of 2
  CHECK(std::string(toString(EraError::InvalidPhase)).find("phase") != std::string::npos);
}
