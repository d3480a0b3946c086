// SPDX-License-Identifier: Apache-2.0
// The checks of wasm-check, one concern per file. Each appends every violation it finds (one line,
// without the `wasm-check: <file>: ` prefix) and never stops at the first:
//   check_features.cpp  post-MVP features: opcodes by name, types, segments, sections
//   check_imports.cpp   env only; env.memory and allow-listed host functions with exact signatures
//   check_memory.cpp    memory imported, and a maximum (if any) large enough for smoldot
//   check_exports.cpp   __heap_base / __data_end, no mutable global exports, no start section
//   check_validity.cpp  everything else the spec's validator rejects (types, indices)
// The module is read once into wabt's IR with every feature enabled, so post-MVP modules still
// load and each use can be named; check_features walks the binary again for opcodes.
#pragma once

#include <wabt/ir.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "host_functions.hpp"

namespace rt::tools {

/// What every check reads.
struct CheckInput {
  const wabt::Module& module;           ///< the module, read with every feature enabled
  std::span<const uint8_t> bytes;       ///< the module's bytes
  const HostFunctions& host_functions;  ///< the import allow-list
  bool allow_unknown_imports = false;   ///< accept env functions missing from the allow-list
};

/// Violations found so far, in the order found.
using Violations = std::vector<std::string>;

/// Smoldot sizes memory as ceil(__heap_base / 64 KiB) + heap_pages, and rejects a module whose
/// declared maximum is below that. heap_pages is the chain's `:heappages` (2048 by default);
/// one more page of margin gives the 2049 here.
/// https://github.com/smol-dot/smoldot/blob/cedfcd1af0daf6edb286e81471a929edaf9ff500/lib/src/executor/host.rs
/// (HostVmPrototype::from_module, `memory_total_pages`)
inline constexpr uint64_t kSmoldotExtraPages = 2049;

/// Post-MVP feature use: opcodes (named, with their proposal), block types, value types,
/// tables, memories, segments, data count and tag sections, extended constant expressions.
void checkFeatures(const CheckInput& in, Violations& out);

/// Imports: module env only; memory only as env.memory; functions only from the allow-list and
/// with its exact signature; no table, global or tag imports.
void checkImports(const CheckInput& in, Violations& out);

/// Memory: imported, not defined; a declared maximum is at least
/// ceil(__heap_base / 64 KiB) + kSmoldotExtraPages.
void checkMemory(const CheckInput& in, Violations& out);

/// Exports: __heap_base and __data_end as defined immutable i32 globals with constant values, no
/// exported mutable global, no start section.
void checkExports(const CheckInput& in, Violations& out);

/// Runs wabt's validator (every feature on, so only genuine invalidity remains: type errors, bad
/// indices); each error becomes a violation.
void checkValidity(const CheckInput& in, Violations& out);

/// Reads `bytes` with wabt (every feature on) and runs every check above, in that order. The
/// error is a reason the module could not be read at all (compressed, malformed); `name` labels
/// wabt's messages. Used by wasm-check and by the host (host/engine) before it instantiates.
rt::Result<Violations, std::string> checkModule(std::span<const uint8_t> bytes,
                                                const HostFunctions& host_functions,
                                                bool allow_unknown_imports,
                                                const std::string& name = "module");

/// The i32.const value of the global exported as `name`, if it is a defined immutable i32 global
/// with a constant initializer.
std::optional<uint32_t> exportedConstant(const wabt::Module& module, std::string_view name);

/// "function 12 ($name)" or "function 12" when the module has no name for it.
std::string describeFunction(const wabt::Module& module, wabt::Index index);

}  // namespace rt::tools
