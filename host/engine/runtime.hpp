// SPDX-License-Identifier: Apache-2.0
// A runtime loaded into the host, on wabt's interpreter (wabt::interp, Debian's libwabt).
//
// load() takes raw or compact.compressed code and rejects what smoldot and Substrate reject, with
// the project's own gate (tools/wasm-check, checkModule): post-MVP opcodes, exported mutable
// globals, a start section, no __heap_base, imports outside `env`, and imports that are not
// spec'd host functions with their exact signatures (unless allowed: then calling one traps).
// Also imports this host does not implement fail the load unless allow_unresolved_imports.
//
// call() runs one entry point on a fresh instance, as Substrate does
// (sc-executor-wasmtime, instance per call): the imported memory may hold the module's initial
// pages plus `heap_pages` (sc_executor's HeapAllocStrategy::Static { extra_pages }, default 2048;
// it is grown on demand up to that limit, see runtime.cpp), the
// freeing-bump allocator starts at the exported __heap_base, the input is allocated and written
// there, and the export's `len << 32 | ptr` result is read back.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "host/allocator/freeing_bump.hpp"
#include "host/engine/externalities.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::engine {

/// sc_executor's DEFAULT_HEAP_ALLOC_PAGES.
inline constexpr uint32_t kDefaultHeapPages = 2048;

struct LoadOptions {
  bool allow_unresolved_imports = false;  ///< instantiate anyway; calling a missing one traps
};

struct CallOptions {
  /// Extra memory pages; unset: the state's `:heappages` (u64 LE, as sc-executor reads it),
  /// else kDefaultHeapPages.
  std::optional<uint32_t> heap_pages;
  allocator::CallContext context = allocator::CallContext::kOnchain;
  bool trace_allocator = false;  ///< record every malloc/free in CallResult::heap_trace
};

/// What a successful call returned.
struct CallResult {
  std::vector<uint8_t> output;                        ///< the SCALE bytes the entry point returned
  allocator::AllocatorStats heap;                     ///< the host allocator's counters for the call
  std::vector<allocator::TraceEvent> heap_trace;      ///< with CallOptions::trace_allocator
  uint32_t heap_base = 0;                             ///< the exported __heap_base
  uint32_t memory_pages = 0;                          ///< the memory's limit: initial + heap pages
  double exec_ms = 0;                                 ///< time inside the entry point (no instantiation)
};

class Runtime {
 public:
  /// Loads and checks `bytes` (raw wasm or compact.compressed). The error is one line.
  static rt::Result<std::unique_ptr<Runtime>, std::string> load(std::span<const uint8_t> bytes,
                                                                const LoadOptions& options = {});
  ~Runtime();

  /// Runs entry point `method` with SCALE `input`. The error is one line: a missing export, a
  /// trap (with the runtime's message when it logged one), a bad result.
  rt::Result<CallResult, std::string> call(std::string_view method, std::span<const uint8_t> input,
                                           Externalities& ext, const CallOptions& options = {});

  /// The payload of custom section `name` (e.g. runtime_version), if present.
  std::optional<std::vector<uint8_t>> customSection(std::string_view name) const;

  /// The module's exported function names.
  std::vector<std::string> exports() const;

  /// The wasm code (decompressed).
  const std::vector<uint8_t>& code() const { return code_; }

 private:
  Runtime();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::vector<uint8_t> code_;
};

}  // namespace rt::hostlib::engine
