// SPDX-License-Identifier: Apache-2.0
// The native binding: the host functions of host/api/ called directly by native code (the native
// build of the runtime, its tests and differential checks), with no wasm engine in between.
//
// The very same host code runs: a call goes through engine::findHostFunction(name) with a
// CallContext over a scratch linear memory (a byte vector with its own freeing-bump heap), into
// which byte arguments are copied and out of which results are copied back, exactly the
// marshalling a wasm runtime sees (sp-runtime-interface: pointer-sizes in, SCALE or raw bytes
// out). Only the pointers differ. The scratch heap is emptied after every call.
//
// Which Externalities (storage, keystore, logs, offchain) the runtime code talks to is chosen by
// a NativeCallScope on the current thread, as one runtime call on one state.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "host/engine/externalities.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::native {

/// One argument: an integer (i32/i64 as the import takes it), bytes (passed as a pointer-size), or
/// an output buffer (a pointer-size the host function writes into, e.g. storage read's value_out:
/// copied in before the call and back out after it).
using Arg = std::variant<uint64_t, std::span<const uint8_t>, std::span<uint8_t>>;

/// What the host function returned.
struct Returned {
  uint64_t value = 0;         ///< the raw result (a pointer-size, a pointer, an integer)
  std::vector<uint8_t> bytes; ///< with ReturnKind::kBytes / kPointer: the bytes it points at
};

enum class ReturnKind : uint8_t {
  kValue,    ///< an integer (bool, u64, i32) or nothing
  kBytes,    ///< a pointer-size (len << 32 | ptr): its bytes are copied out
  kPointer,  ///< a bare pointer to `pointer_size` bytes (fixed-size arrays, e.g. a 32-byte hash)
};

/// Calls host function `name` on the current NativeCallScope's externalities. A host function
/// failure (what would trap a wasm runtime) is the error.
rt::Result<Returned, std::string> callHost(std::string_view name, std::initializer_list<Arg> args,
                                           ReturnKind kind = ReturnKind::kValue, uint32_t pointer_size = 0);

/// Makes `ext` the externalities of native host calls on this thread until destroyed (scopes
/// nest: the previous one is restored).
class NativeCallScope {
 public:
  explicit NativeCallScope(engine::Externalities& ext);
  ~NativeCallScope();
  NativeCallScope(const NativeCallScope&) = delete;
  NativeCallScope& operator=(const NativeCallScope&) = delete;

 private:
  engine::Externalities* previous_;
};

/// The externalities of the innermost scope; a default, empty one when there is none.
engine::Externalities& currentExternalities();

}  // namespace rt::hostlib::native
