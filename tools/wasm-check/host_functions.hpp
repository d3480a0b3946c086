// SPDX-License-Identifier: Apache-2.0
// The allow-list of host functions a runtime may import, with their exact signatures.
//
// The list is the X-macro file base/include/rt/host_functions.def (one
// `RT_HOST_FUNCTION(name, result, params...)` per function, result `void`/`i32`/`i64`, params
// `i32`/`i64`), compiled into wasm-check. `--host-functions FILE.def` reads a file of the same
// format at run time instead (tests, or checking against another host's list).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rt/result.hpp"

namespace rt::tools {

/// One spec'd host function: `env.<name>` with signature `(params) -> result`.
struct HostFunction {
  std::string name;                 ///< import field name, e.g. ext_allocator_malloc_version_1
  std::string result;               ///< "void", "i32" or "i64"
  std::vector<std::string> params;  ///< each "i32" or "i64"
};

/// Renders a signature the way wasm-check reports it: `(i32, i64) -> i64`, `() -> void`.
std::string formatSignature(const std::vector<std::string>& params, const std::string& result);

/// The host functions a runtime may import.
class HostFunctions {
 public:
  /// The list compiled in from host_functions.def; `available()` is false if that file was
  /// missing when wasm-check was built. Fails on an entry with an unknown type.
  static rt::Result<HostFunctions, std::string> builtin();

  /// Parses a .def file's text; the error names the line.
  static rt::Result<HostFunctions, std::string> parse(std::string_view text);

  /// The entry named `name`, or nullptr.
  const HostFunction* find(std::string_view name) const;

  /// False when no list was compiled in and none was given.
  bool available() const { return available_; }

  /// Number of entries.
  size_t size() const { return functions_.size(); }

 private:
  std::vector<HostFunction> functions_;
  bool available_ = true;
};

}  // namespace rt::tools
