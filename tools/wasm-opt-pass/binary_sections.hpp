// SPDX-License-Identifier: Apache-2.0
// Byte-level view of a wasm binary: the section list, the memory's limits, and custom-section
// encoding.
//
// Binaryen 108's C API cannot read a memory's limits back and cannot remove custom sections, so
// wasm-opt-pass reads the limits from the bytes it was given and edits custom sections on the
// bytes Binaryen writes. Only the structure needed for that is decoded here: section headers, the
// import section's entries and the memory section. The reader keeps a sticky error (the first
// failure wins), like the codec's decoder.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rt/result.hpp"

namespace rt::tools {

/// Section ids from the core spec (binary format, section 5.5).
enum class SectionId : uint8_t {
  kCustom = 0,  ///< custom section: a name, then opaque bytes
  kType = 1,    ///< function types
  kImport = 2,  ///< imports
  kMemory = 5,  ///< defined memories
};

/// One section of a module, as offsets into the module's bytes.
struct SectionSpan {
  uint8_t id = 0;            ///< section id
  size_t begin = 0;          ///< offset of the id byte
  size_t payload_begin = 0;  ///< offset of the first payload byte (after the size)
  size_t end = 0;            ///< one past the last payload byte
  std::string name;          ///< custom sections only: the section's name
};

/// The module's memory (index 0), as declared in the binary.
struct MemoryInfo {
  bool present = false;   ///< the module imports or defines a memory
  bool imported = false;  ///< the memory is an import (then `module` / `field` name it)
  std::string module;     ///< import module name
  std::string field;      ///< import field name
  uint64_t initial = 0;   ///< initial size in 64 KiB pages
  bool has_max = false;   ///< a maximum is declared
  uint64_t max = 0;       ///< maximum size in pages, when `has_max`
  bool shared = false;    ///< declared shared (threads proposal)
};

/// Error channel of this file: a one-line reason.
template <typename T>
using BytesResult = rt::Result<T, std::string>;

/// Size of a wasm page in bytes.
inline constexpr uint64_t kWasmPageSize = 65536;

/// True when `bytes` starts with the wasm magic `\0asm` (text modules do not).
bool hasWasmMagic(std::span<const uint8_t> bytes);

/// Splits a binary module into its sections; fails on a bad header or a section that overruns.
BytesResult<std::vector<SectionSpan>> splitSections(std::span<const uint8_t> bytes);

/// Reads the limits and import names of memory 0 from the import and memory sections.
BytesResult<MemoryInfo> readMemoryInfo(std::span<const uint8_t> bytes);

/// Appends `value` as unsigned LEB128.
void appendUleb(std::vector<uint8_t>& out, uint64_t value);

/// Appends a complete custom section (id, size, name, data) to `out`.
void appendCustomSection(std::vector<uint8_t>& out, std::string_view name,
                         std::span<const uint8_t> data);

/// Copies `bytes` without the custom sections for which `drop(name)` is true.
template <typename Drop>
BytesResult<std::vector<uint8_t>> withoutCustomSections(std::span<const uint8_t> bytes, Drop drop) {
  RT_TRY(auto sections, splitSections(bytes));
  std::vector<uint8_t> out(bytes.begin(), bytes.begin() + 8);  // magic + version
  for (const auto& s : sections) {
    if (s.id == static_cast<uint8_t>(SectionId::kCustom) && drop(std::string_view(s.name))) {
      continue;
    }
    out.insert(out.end(), bytes.begin() + s.begin, bytes.begin() + s.end);
  }
  return out;
}

}  // namespace rt::tools
