// SPDX-License-Identifier: Apache-2.0
// This runtime's metadata, described at build time: every type as Substrate names it
// (sp_runtime::..., frame_system::..., pallet_balances::pallet::Call, ...), every pallet's storage
// entries, calls, events, errors and constants, the extrinsic format and signed extensions, and
// (v15) the runtime APIs. The runtime-metadata tool (runtime/tools/runtime_metadata.cpp) encodes it
// into the bytes Metadata_metadata returns; nothing here is linked into the wasm runtime.
#pragma once

#include "runtime/metadata/runtime_metadata.hpp"

namespace rt::runtime::metadata {

/// The whole runtime's metadata, its types registered in `registry`.
RuntimeMetadata describeRuntime(Registry& registry);

}  // namespace rt::runtime::metadata
