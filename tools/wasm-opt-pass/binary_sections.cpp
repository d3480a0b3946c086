// SPDX-License-Identifier: Apache-2.0
// Byte-level reading of wasm binaries for wasm-opt-pass: section headers, memory limits from the
// import and memory sections, and LEB128 / custom-section encoding. See binary_sections.hpp.
#include "binary_sections.hpp"

#include <cstring>

namespace rt::tools {

namespace {

constexpr uint8_t kMagic[4] = {0x00, 0x61, 0x73, 0x6d};
constexpr uint8_t kVersion[4] = {0x01, 0x00, 0x00, 0x00};

// Import descriptor kinds.
constexpr uint8_t kExternFunc = 0;
constexpr uint8_t kExternTable = 1;
constexpr uint8_t kExternMemory = 2;
constexpr uint8_t kExternGlobal = 3;
constexpr uint8_t kExternTag = 4;

// Limits flags: bit 0 has-max, bit 1 shared, bit 2 64-bit (memory64).
constexpr uint8_t kLimitsHasMax = 0x01;
constexpr uint8_t kLimitsShared = 0x02;
constexpr uint8_t kLimits64 = 0x04;

/// Cursor over a byte range with a sticky error: after the first failure every read returns 0.
class ByteReader {
 public:
  ByteReader(std::span<const uint8_t> bytes, size_t pos, size_t end)
      : bytes_(bytes), pos_(pos), end_(end) {}

  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  size_t pos() const { return pos_; }
  bool atEnd() const { return pos_ >= end_; }

  void fail(std::string why) {
    if (error_.empty()) error_ = std::move(why) + " at offset " + std::to_string(pos_);
  }

  uint8_t u8() {
    if (failed()) return 0;
    if (pos_ >= end_) {
      fail("unexpected end of data");
      return 0;
    }
    return bytes_[pos_++];
  }

  /// Unsigned LEB128 of at most `bits` bits.
  uint64_t uleb(unsigned bits = 32) {
    uint64_t result = 0;
    for (unsigned shift = 0; !failed(); shift += 7) {
      if (shift >= bits) {
        fail("LEB128 too long");
        break;
      }
      uint8_t byte = u8();
      result |= uint64_t(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) break;
    }
    return failed() ? 0 : result;
  }

  std::string name() {
    uint64_t len = uleb();
    if (failed()) return {};
    if (len > end_ - pos_) {
      fail("name overruns its section");
      return {};
    }
    std::string s(reinterpret_cast<const char*>(bytes_.data() + pos_), len);
    pos_ += len;
    return s;
  }

  void skip(size_t n) {
    if (failed()) return;
    if (n > end_ - pos_) {
      fail("unexpected end of data");
      return;
    }
    pos_ += n;
  }

 private:
  std::span<const uint8_t> bytes_;
  size_t pos_;
  size_t end_;
  std::string error_;
};

/// Reads a limits structure into `memory` (initial, max, shared).
void readLimits(ByteReader& r, MemoryInfo& memory) {
  uint8_t flags = r.u8();
  unsigned bits = (flags & kLimits64) ? 64 : 32;
  memory.initial = r.uleb(bits);
  memory.has_max = (flags & kLimitsHasMax) != 0;
  if (memory.has_max) memory.max = r.uleb(bits);
  memory.shared = (flags & kLimitsShared) != 0;
}

/// Skips a table or memory limits structure.
void skipLimits(ByteReader& r) {
  MemoryInfo ignored;
  readLimits(r, ignored);
}

}  // namespace

bool hasWasmMagic(std::span<const uint8_t> bytes) {
  return bytes.size() >= 4 && std::memcmp(bytes.data(), kMagic, 4) == 0;
}

BytesResult<std::vector<SectionSpan>> splitSections(std::span<const uint8_t> bytes) {
  if (!hasWasmMagic(bytes)) return rt::Err(std::string("not a wasm binary (no \\0asm magic)"));
  if (bytes.size() < 8 || std::memcmp(bytes.data() + 4, kVersion, 4) != 0) {
    return rt::Err(std::string("unsupported wasm binary version (expected 1)"));
  }
  std::vector<SectionSpan> sections;
  ByteReader r(bytes, 8, bytes.size());
  while (!r.atEnd() && !r.failed()) {
    SectionSpan s;
    s.begin = r.pos();
    s.id = r.u8();
    uint64_t size = r.uleb();
    s.payload_begin = r.pos();
    if (r.failed()) break;
    if (size > bytes.size() - s.payload_begin) {
      r.fail("section " + std::to_string(s.id) + " overruns the module");
      break;
    }
    s.end = s.payload_begin + size;
    if (s.id == static_cast<uint8_t>(SectionId::kCustom)) {
      ByteReader name_reader(bytes, s.payload_begin, s.end);
      s.name = name_reader.name();
      if (name_reader.failed()) {
        r.fail("custom section name: " + name_reader.error());
        break;
      }
    }
    r.skip(size);
    sections.push_back(std::move(s));
  }
  if (r.failed()) return rt::Err("malformed wasm binary: " + r.error());
  return sections;
}

BytesResult<MemoryInfo> readMemoryInfo(std::span<const uint8_t> bytes) {
  RT_TRY(auto sections, splitSections(bytes));
  MemoryInfo memory;
  for (const auto& s : sections) {
    ByteReader r(bytes, s.payload_begin, s.end);
    if (s.id == static_cast<uint8_t>(SectionId::kImport)) {
      uint64_t count = r.uleb();
      for (uint64_t i = 0; i < count && !r.failed(); ++i) {
        std::string module = r.name();
        std::string field = r.name();
        uint8_t kind = r.u8();
        switch (kind) {
          case kExternFunc:
            r.uleb();  // type index
            break;
          case kExternTable:
            r.u8();  // reference type
            skipLimits(r);
            break;
          case kExternMemory:
            if (!memory.present) {
              memory.present = true;
              memory.imported = true;
              memory.module = std::move(module);
              memory.field = std::move(field);
              readLimits(r, memory);
            } else {
              skipLimits(r);
            }
            break;
          case kExternGlobal:
            r.u8();  // value type
            r.u8();  // mutability
            break;
          case kExternTag:
            r.u8();    // attribute
            r.uleb();  // type index
            break;
          default:
            r.fail("unknown import kind " + std::to_string(kind));
        }
      }
    } else if (s.id == static_cast<uint8_t>(SectionId::kMemory) && !memory.present) {
      uint64_t count = r.uleb();
      if (count > 0) {
        memory.present = true;
        readLimits(r, memory);
      }
    }
    if (r.failed()) return rt::Err("malformed section " + std::to_string(s.id) + ": " + r.error());
  }
  return memory;
}

void appendUleb(std::vector<uint8_t>& out, uint64_t value) {
  do {
    uint8_t byte = value & 0x7f;
    value >>= 7;
    if (value != 0) byte |= 0x80;
    out.push_back(byte);
  } while (value != 0);
}

void appendCustomSection(std::vector<uint8_t>& out, std::string_view name,
                         std::span<const uint8_t> data) {
  std::vector<uint8_t> payload;
  appendUleb(payload, name.size());
  payload.insert(payload.end(), name.begin(), name.end());
  payload.insert(payload.end(), data.begin(), data.end());
  out.push_back(static_cast<uint8_t>(SectionId::kCustom));
  appendUleb(out, payload.size());
  out.insert(out.end(), payload.begin(), payload.end());
}

}  // namespace rt::tools
