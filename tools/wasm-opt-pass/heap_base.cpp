// SPDX-License-Identifier: Apache-2.0
// Pass heap_base: the `__heap_base` / `__data_end` exports hosts read, and the GC region.
//
// Hosts read the exported global `__heap_base` (an immutable i32) to place their allocator; the
// memory below it belongs to the runtime. wasm-ld with --export=__heap_base --export=__data_end
// exports both as immutable i32 globals; this pass checks that and adds a missing export when the
// global is known by name.
//
// Conservative GC mode (`--heap-base-offset N`): the GC owns [linker heap base, linker heap base
// + N), so the exported `__heap_base` is raised by N and the host allocator starts above the
// region. The code keeps the linker's value: wasm-ld resolves `__heap_base` in code to an
// i32.const, and the global only exists for the export. Either way env.memory's initial pages are
// raised to cover the exported `__heap_base`, so the GC region and the data are in bounds from
// the start (the GC never calls memory.grow; the host heap lives above).
#include <string>

#include "passes.hpp"

namespace rt::tools {

namespace {

/// Most pages a wasm32 memory can have (4 GiB).
constexpr uint64_t kMaxPages = 65536;

/// Finds the defined, immutable i32 global behind the symbol `name` and exports it as `name`.
rt::Result<BinaryenGlobalRef, std::string> requireExportedConstant(BinaryenModuleRef module,
                                                                   const char* name) {
  BinaryenGlobalRef global = nullptr;
  if (BinaryenExportRef e = BinaryenGetExport(module, name)) {
    if (BinaryenExportGetKind(e) != BinaryenExternalGlobal()) {
      return rt::Err("export " + std::string(name) + " is not a global");
    }
    global = BinaryenGetGlobal(module, BinaryenExportGetValue(e));
  } else if ((global = BinaryenGetGlobal(module, name))) {
    BinaryenAddGlobalExport(module, name, name);
  } else {
    return rt::Err("missing global " + std::string(name) + " (link with --export=" + name + ")");
  }

  const char* import_module = BinaryenGlobalImportGetModule(global);
  if (import_module != nullptr && import_module[0] != '\0') {
    return rt::Err(std::string(name) + " is imported; the module must define it");
  }
  if (BinaryenGlobalIsMutable(global)) {
    return rt::Err(std::string(name) +
                   " is a mutable global; hosts need an immutable i32 export (wasm-ld's "
                   "--export=" +
                   name + " makes one)");
  }
  BinaryenExpressionRef init = BinaryenGlobalGetInitExpr(global);
  if (BinaryenGlobalGetType(global) != BinaryenTypeInt32() || init == nullptr ||
      BinaryenExpressionGetId(init) != BinaryenConstId()) {
    return rt::Err(std::string(name) + " must be an i32 global initialised by i32.const");
  }
  return global;
}

}  // namespace

Status heapBase(ModuleState& state, uint32_t heap_base_offset) {
  BinaryenModuleRef module = state.module;
  RT_TRY(BinaryenGlobalRef heap_base, requireExportedConstant(module, "__heap_base"));
  RT_TRY_VOID(requireExportedConstant(module, "__data_end"));

  BinaryenExpressionRef init = BinaryenGlobalGetInitExpr(heap_base);
  uint64_t value = static_cast<uint32_t>(BinaryenConstGetValueI32(init));
  uint64_t moved = value + heap_base_offset;
  if (moved > UINT32_MAX) {
    return rt::Err("__heap_base " + std::to_string(value) + " + heap-base offset " +
                   std::to_string(heap_base_offset) + " does not fit in wasm32 memory");
  }
  if (heap_base_offset != 0) BinaryenConstSetValueI32(init, static_cast<int32_t>(moved));

  uint64_t pages = (moved + kWasmPageSize - 1) / kWasmPageSize;
  if (pages > kMaxPages) return rt::Err(std::string("__heap_base is beyond 4 GiB"));
  if (pages > state.memory_initial_pages) {
    // Re-declares the (imported) memory with more initial pages and still no maximum; the
    // segments and the import names are kept (see memory_import.cpp).
    BinaryenSetMemory(module, static_cast<BinaryenIndex>(pages), static_cast<BinaryenIndex>(-1),
                      nullptr, nullptr, nullptr, nullptr, nullptr, 0, /*shared=*/false);
    state.memory_initial_pages = static_cast<uint32_t>(pages);
  }
  return ok();
}

}  // namespace rt::tools
