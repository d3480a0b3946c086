// SPDX-License-Identifier: Apache-2.0
// The passes of wasm-opt-pass, one per file, in the order main.cpp runs them:
//   memory_import    the memory becomes the import env.memory, without a maximum
//   heap_base        __heap_base / __data_end exported as immutable i32 globals; the GC region;
//                    initial pages cover __heap_base
//   mvp_validate     feature set MVP, then Binaryen's validator
//   zero_data        zero bytes of data segments dropped (on the serialized bytes)
//   custom_sections  runtime_version / runtime_apis (on the serialized bytes)
//   strip            drop name, producers and debug sections (on the serialized bytes)
// The first three work on the Binaryen module; the last three on the bytes Binaryen writes, because
// Binaryen 108's C API cannot remove a custom section.
#pragma once

#include <binaryen-c.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "binary_sections.hpp"
#include "rt/result.hpp"

namespace rt::tools {

/// Outcome of a pass: Unit, or a one-line reason (main prefixes it with `wasm-opt-pass: `).
using Status = rt::Result<rt::Unit, std::string>;

/// Success value for Status.
inline Status ok() { return rt::Unit{}; }

/// The module being rewritten, plus what the C API cannot read back from it.
struct ModuleState {
  BinaryenModuleRef module = nullptr;  ///< the module; passes edit it in place
  uint32_t memory_initial_pages = 0;   ///< initial pages of env.memory, kept by memory_import
};

/// A custom section to add: its name and raw contents.
struct CustomSection {
  std::string name;           ///< section name, e.g. `runtime_version`
  std::vector<uint8_t> data;  ///< the bytes, verbatim
};

/// Makes memory 0 the import `env.memory` with no maximum: converts a defined memory, drops any
/// memory export, keeps the data segments. `input_memory` is the memory as read from the input
/// bytes. Creates an empty env.memory if the module had no memory.
Status memoryImport(ModuleState& state, const MemoryInfo& input_memory);

/// Requires `__heap_base` and `__data_end` as immutable, defined i32 globals and exports them
/// (adding the export if missing). A non-zero `heap_base_offset` raises the exported
/// `__heap_base` by that many bytes (the GC region), and the initial pages of env.memory are
/// raised to cover the exported `__heap_base`.
Status heapBase(ModuleState& state, uint32_t heap_base_offset);

/// Sets the feature set to MVP and runs Binaryen's validator (which prints its findings to
/// stderr); fails if the module is not valid wasm32 MVP.
Status mvpValidate(ModuleState& state);

/// With a zero-filled memory at instantiation (every Polkadot host): removes the zero bytes of
/// active data segments, splitting segments at long zero runs and dropping empty ones.
Status zeroData(std::vector<uint8_t>& binary);

/// Adds each section to the serialized module `binary`, replacing any custom section of the same
/// name (a later entry with the same name replaces an earlier one).
Status customSections(std::vector<uint8_t>& binary, const std::vector<CustomSection>& sections);

/// Removes the `name` and `producers` sections and debug-info custom sections from `binary`,
/// keeping any section whose name is in `keep`.
Status strip(std::vector<uint8_t>& binary, const std::vector<std::string>& keep);

/// True for DWARF (`.debug_*`) and the pointers to external debug info. With --strip, main drops
/// these before Binaryen reads the module: Binaryen would otherwise rewrite the DWARF (slow, and
/// it crashes on DWARF it cannot parse) only for strip to delete it.
bool isDebugInfoSection(std::string_view name);

}  // namespace rt::tools
