// SPDX-License-Identifier: Apache-2.0
// Pass zero_data (`--zero-filled-memory`): drop the zero bytes of active data segments.
//
// wasm-ld with --import-memory writes .bss as a data segment of zeros, because it cannot know the
// imported memory starts zeroed. Polkadot hosts create a fresh memory for every instance
// (smoldot's executor; Substrate's sc-executor-wasmtime recreates instances copy-on-write), and a
// fresh wasm memory is zero by the core spec, so those bytes only cost size: bdwgc's tables alone
// are ~58 KiB of bss. Binaryen's MemoryPacking does the same under its --zero-filled-memory
// option; this pass is that idea at the byte level (Binaryen 108's C API cannot replace
// segments): each active segment with an `i32.const` offset is cut at every run of at least
// kMinZeroRun zero bytes, leading and trailing zeros are dropped, and empty segments vanish.
// Passive segments and segments with other offset expressions are kept verbatim.
#include <span>

#include "passes.hpp"

namespace rt::tools {

namespace {

/// Shortest zero run worth a segment split (a new segment header costs about 8 bytes).
constexpr size_t kMinZeroRun = 16;

constexpr uint8_t kDataSectionId = 11;
constexpr uint8_t kOpI32Const = 0x41;
constexpr uint8_t kOpEnd = 0x0b;

/// LEB128 reader over a byte span with a sticky failure.
struct Reader {
  std::span<const uint8_t> bytes;
  size_t pos = 0;
  bool failed = false;

  uint64_t uleb() {
    uint64_t value = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
      if (pos >= bytes.size()) break;
      const uint8_t b = bytes[pos++];
      value |= static_cast<uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return value;
    }
    failed = true;
    return 0;
  }
  int64_t sleb32() {
    int64_t value = 0;
    unsigned shift = 0;
    while (shift < 35 && pos < bytes.size()) {
      const uint8_t b = bytes[pos++];
      value |= static_cast<int64_t>(b & 0x7f) << shift;
      shift += 7;
      if ((b & 0x80) == 0) {
        if (shift < 64 && (b & 0x40) != 0) value |= -(int64_t{1} << shift);
        return value;
      }
    }
    failed = true;
    return 0;
  }
  uint8_t byte() {
    if (pos >= bytes.size()) {
      failed = true;
      return 0;
    }
    return bytes[pos++];
  }
};

void appendSleb(std::vector<uint8_t>& out, int64_t value) {
  for (;;) {
    const uint8_t b = value & 0x7f;
    value >>= 7;
    const bool done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
    out.push_back(done ? b : (b | 0x80));
    if (done) return;
  }
}

/// Appends the non-zero parts of segment `data` at `offset` as MVP active segments.
void appendPacked(std::vector<uint8_t>& out, uint32_t& count, uint32_t offset,
                  std::span<const uint8_t> data) {
  size_t i = 0;
  while (i < data.size()) {
    while (i < data.size() && data[i] == 0) ++i;  // skip zeros
    if (i == data.size()) break;
    size_t end = i;
    size_t zeros = 0;
    for (size_t j = i; j < data.size(); ++j) {
      if (data[j] != 0) {
        zeros = 0;
        end = j + 1;
      } else if (++zeros >= kMinZeroRun) {
        break;
      }
    }
    out.push_back(0x00);  // flags: active, memory 0
    out.push_back(kOpI32Const);
    appendSleb(out, static_cast<int32_t>(offset + i));
    out.push_back(kOpEnd);
    appendUleb(out, end - i);
    out.insert(out.end(), data.begin() + i, data.begin() + end);
    ++count;
    i = end;
  }
}

}  // namespace

Status zeroData(std::vector<uint8_t>& binary) {
  RT_TRY(auto sections, splitSections(binary));
  std::vector<uint8_t> out(binary.begin(), binary.begin() + 8);
  for (const auto& s : sections) {
    if (s.id != kDataSectionId) {
      out.insert(out.end(), binary.begin() + s.begin, binary.begin() + s.end);
      continue;
    }
    Reader r{std::span<const uint8_t>(binary).subspan(s.payload_begin, s.end - s.payload_begin)};
    const uint64_t n = r.uleb();
    std::vector<uint8_t> payload;
    uint32_t count = 0;
    for (uint64_t k = 0; k < n && !r.failed; ++k) {
      const size_t seg_begin = r.pos;
      const uint64_t flags = r.uleb();
      bool packable = false;
      int64_t offset = 0;
      if (flags == 0 && r.pos < r.bytes.size() && r.bytes[r.pos] == kOpI32Const) {
        r.byte();
        offset = r.sleb32();
        packable = r.byte() == kOpEnd;
      } else if (flags == 1) {  // passive: just the bytes
      } else if (flags == 0 || flags == 2) {  // active with another offset expression
        if (flags == 2) r.uleb();
        while (!r.failed && r.byte() != kOpEnd) {
        }
      } else {
        return rt::Err(std::string("data segment with unknown flags ") + std::to_string(flags));
      }
      const uint64_t size = r.uleb();
      if (r.failed || size > r.bytes.size() - r.pos) break;
      const auto data = r.bytes.subspan(r.pos, size);
      r.pos += size;
      if (packable) {
        appendPacked(payload, count, static_cast<uint32_t>(offset), data);
      } else {
        payload.insert(payload.end(), r.bytes.begin() + seg_begin, r.bytes.begin() + r.pos);
        ++count;
      }
    }
    if (r.failed || r.pos != r.bytes.size()) return rt::Err(std::string("malformed data section"));
    std::vector<uint8_t> body;
    appendUleb(body, count);
    body.insert(body.end(), payload.begin(), payload.end());
    out.push_back(kDataSectionId);
    appendUleb(out, body.size());
    out.insert(out.end(), body.begin(), body.end());
  }
  binary = std::move(out);
  return ok();
}

}  // namespace rt::tools
