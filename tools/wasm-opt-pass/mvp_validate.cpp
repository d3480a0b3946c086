// SPDX-License-Identifier: Apache-2.0
// Pass mvp_validate: the module must be valid wasm32 MVP.
//
// Polkadot hosts run runtimes on MVP engines (wasmi in smoldot, Substrate's wasmtime with
// post-MVP features off), so sign-ext, bulk-memory, mutable-global exports and every later
// proposal are errors here, not optimisations. Binaryen's validator prints each finding to stderr
// (function and expression); this pass only turns the verdict into a Status.
#include "passes.hpp"

namespace rt::tools {

Status mvpValidate(ModuleState& state) {
  BinaryenModuleSetFeatures(state.module, BinaryenFeatureMVP());
  if (!BinaryenModuleValidate(state.module)) {
    return rt::Err(
        std::string("module is not valid wasm32 MVP (Binaryen's validator messages are above)"));
  }
  return ok();
}

}  // namespace rt::tools
