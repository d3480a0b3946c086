// SPDX-License-Identifier: Apache-2.0
// Pass custom_sections: add `--custom-section NAME=FILE` sections to the serialized module.
//
// Hosts read `runtime_version` and `runtime_apis` from custom sections without executing the
// runtime (smoldot's runtime_version.rs, Substrate's sc-executor). A section of the same name
// already in the module (say from an earlier run) is replaced, never duplicated: a host would
// read the first one. Works on bytes because Binaryen 108's C API cannot remove a custom section.
#include <span>
#include <string_view>

#include "passes.hpp"

namespace rt::tools {

Status customSections(std::vector<uint8_t>& binary, const std::vector<CustomSection>& sections) {
  for (const auto& section : sections) {
    RT_TRY(auto rest, withoutCustomSections(
                          binary, [&](std::string_view name) { return name == section.name; }));
    appendCustomSection(rest, section.name, section.data);
    binary = std::move(rest);
  }
  return ok();
}

}  // namespace rt::tools
