// SPDX-License-Identifier: Apache-2.0
// Check: the module is valid apart from the features check_features reports.
//
// wabt's validator runs with every feature on, so what it still finds is invalid in any engine:
// type mismatches, out-of-range indices, bad alignments. Together with check_features this is
// "valid with every post-MVP feature disabled", with each use of a feature named.
#include <wabt/validator.h>

#include <cstdio>

#include "checks.hpp"

namespace rt::tools {

void checkValidity(const CheckInput& in, Violations& out) {
  wabt::Features all;
  all.EnableAll();
  wabt::Errors errors;
  wabt::ValidateOptions options(all);
  wabt::ValidateModule(&in.module, &errors, options);
  for (const wabt::Error& e : errors) {
    char offset[32];
    std::snprintf(offset, sizeof offset, "%#zx", static_cast<size_t>(e.loc.offset));
    out.push_back("invalid module: " + e.message + " (at offset " + offset + ")");
  }
}

}  // namespace rt::tools
