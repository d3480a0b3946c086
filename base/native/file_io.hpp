// SPDX-License-Identifier: Apache-2.0
// Whole-file reads and writes for the native tools, with errors that say which file and why
// (a CLI given a bad path must print the reason, never crash).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "rt/result.hpp"

namespace rt::native {

/// The bytes of `path`, or "cannot open <path>: <reason>" / "cannot read <path>".
rt::Result<std::vector<uint8_t>, std::string> readFile(const std::string& path);

/// Writes `size` bytes to `path` (created or truncated), or "cannot create/write <path>...".
rt::Result<rt::Unit, std::string> writeFile(const std::string& path, const void* data, size_t size);

}  // namespace rt::native
