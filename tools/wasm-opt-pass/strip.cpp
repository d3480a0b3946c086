// SPDX-License-Identifier: Apache-2.0
// Pass strip (`--strip`): drop what hosts never read from the released runtime.
//
// Removes the `name` section, `producers`, DWARF (`.debug_*`) and the other debug-info pointers
// (`sourceMappingURL`, `external_debug_info`). Sections named in `keep` (the ones
// custom_sections added) survive even if they match. Runs last: passes that need names (such as
// a pointer-spilling pass, which finds `__stack_pointer` by name) must run before it.
#include <algorithm>
#include <string_view>

#include "passes.hpp"

namespace rt::tools {

bool isDebugInfoSection(std::string_view name) {
  return name.starts_with(".debug") || name == "sourceMappingURL" || name == "external_debug_info";
}

namespace {

/// True for the custom sections --strip removes.
bool isStrippable(std::string_view name) {
  return name == "name" || name == "producers" || isDebugInfoSection(name);
}

}  // namespace

Status strip(std::vector<uint8_t>& binary, const std::vector<std::string>& keep) {
  RT_TRY(auto rest, withoutCustomSections(binary, [&](std::string_view name) {
           return isStrippable(name) && std::find(keep.begin(), keep.end(), name) == keep.end();
         }));
  binary = std::move(rest);
  return ok();
}

}  // namespace rt::tools
