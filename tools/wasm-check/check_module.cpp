// SPDX-License-Identifier: Apache-2.0
// checkModule: read once, run every check (see checks.hpp).
#include <wabt/binary-reader-ir.h>
#include <wabt/binary-reader.h>
#include <wabt/feature.h>
#include <wabt/ir.h>

#include <cstring>

#include "checks.hpp"

namespace rt::tools {

namespace {

/// Substrate's "compact.compressed" wrapper: this prefix, then a zstd frame of the module.
constexpr uint8_t kZstdPrefix[8] = {0x52, 0xbc, 0x53, 0x76, 0x46, 0xdb, 0x8e, 0x05};

}  // namespace

rt::Result<Violations, std::string> checkModule(std::span<const uint8_t> bytes,
                                                const HostFunctions& host_functions,
                                                bool allow_unknown_imports,
                                                const std::string& name) {
  if (bytes.size() >= sizeof kZstdPrefix &&
      std::memcmp(bytes.data(), kZstdPrefix, sizeof kZstdPrefix) == 0) {
    return rt::Err(std::string(
        "is zstd-compressed (compact.compressed); check the uncompressed module instead"));
  }
  wabt::Features all;
  all.EnableAll();
  wabt::ReadBinaryOptions options(all, nullptr, /*read_debug_names=*/true,
                                  /*stop_on_first_error=*/true,
                                  /*fail_on_custom_section_error=*/false);
  wabt::Errors errors;
  wabt::Module module;
  if (wabt::Failed(wabt::ReadBinaryIr(name.c_str(), bytes.data(), bytes.size(), options, &errors,
                                      &module))) {
    std::string why = errors.empty() ? "unreadable" : errors.front().message;
    return rt::Err("malformed module: " + why);
  }
  CheckInput in{module, bytes, host_functions, allow_unknown_imports};
  Violations violations;
  checkFeatures(in, violations);
  checkImports(in, violations);
  checkMemory(in, violations);
  checkExports(in, violations);
  checkValidity(in, violations);
  return violations;
}

}  // namespace rt::tools
