// SPDX-License-Identifier: Apache-2.0
// Pass memory_import: memory 0 becomes the import `env.memory`, with no maximum.
//
// Polkadot hosts provide the memory: smoldot and Substrate look for the import env.memory and
// size it themselves (__heap_base pages plus the chain's heap pages), so a defined or exported
// memory, or a maximum below what they want, makes the runtime unloadable. wasm-ld with
// --import-memory already produces the import; this pass also accepts a linker-defined memory
// (for example from a link without that flag) and converts it. Data segments stay as they are:
// they name the memory by index, and index 0 is the same memory before and after.
#include <string>
#include <vector>

#include "passes.hpp"

namespace rt::tools {

namespace {

/// The C API's "no maximum": Binaryen 108 sign-extends the index into Memory::kUnlimitedSize.
constexpr BinaryenIndex kNoMaximum = static_cast<BinaryenIndex>(-1);

/// Most pages a wasm32 memory can have (4 GiB).
constexpr uint64_t kMaxPages = 65536;

}  // namespace

Status memoryImport(ModuleState& state, const MemoryInfo& input_memory) {
  BinaryenModuleRef module = state.module;

  // Hosts do not read an exported memory; a runtime must not export it.
  std::vector<std::string> memory_exports;
  for (BinaryenIndex i = 0; i < BinaryenGetNumExports(module); ++i) {
    BinaryenExportRef e = BinaryenGetExportByIndex(module, i);
    if (BinaryenExportGetKind(e) == BinaryenExternalMemory()) {
      memory_exports.emplace_back(BinaryenExportGetName(e));
    }
  }
  for (const auto& name : memory_exports) BinaryenRemoveExport(module, name.c_str());

  uint64_t initial = input_memory.present ? input_memory.initial : 0;
  if (initial > kMaxPages) {
    return rt::Err("memory has " + std::to_string(initial) +
                   " initial pages, more than a wasm32 memory can hold (65536)");
  }

  // BinaryenSetMemory keeps the existing segments (it only appends the ones passed) and the
  // import names; it replaces initial, maximum and shared.
  BinaryenSetMemory(module, static_cast<BinaryenIndex>(initial), kNoMaximum, nullptr, nullptr,
                    nullptr, nullptr, nullptr, 0, /*shared=*/false);
  BinaryenAddMemoryImport(module, nullptr, "env", "memory", /*shared=*/0);
  state.memory_initial_pages = static_cast<uint32_t>(initial);
  return ok();
}

}  // namespace rt::tools
