// SPDX-License-Identifier: Apache-2.0
// Extrinsic metadata: the extrinsic format version and the signed extensions, in order (what a
// block builder needs to encode a signed transaction: the `extra` and `additional_signed` parts
// follow this list). One struct for both layouts:
//   v14 ExtrinsicMetadata { ty, version: u8, signed_extensions }
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/v14.rs#L84-L91
//   v15 ExtrinsicMetadata { version: u8, address_ty, call_ty, signature_ty, extra_ty,
//                           signed_extensions }
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/v15.rs#L192-L205
//   SignedExtensionMetadata { identifier: String, ty, additional_signed } (same in both)
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/v14.rs#L113-L120
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "host/metadata/portable_registry.hpp"

namespace rt::hostlib::metadata {

/// SignedExtensionMetadata: one signed extension (transaction extension).
struct SignedExtension {
  std::string identifier;        ///< e.g. "CheckNonce"
  TypeId ty = 0;                 ///< the `extra` part carried in the extrinsic
  TypeId additional_signed = 0;  ///< the implicit part signed but not carried
};

/// ExtrinsicMetadata of v14 or v15; the members of the other version are None.
struct ExtrinsicMetadata {
  uint8_t version = 0;                 ///< extrinsic format version (4 for these runtimes)
  std::optional<TypeId> ty;            ///< v14: the UncheckedExtrinsic type
  std::optional<TypeId> address_ty;    ///< v15: the signer's address type
  std::optional<TypeId> call_ty;       ///< v15: RuntimeCall
  std::optional<TypeId> signature_ty;  ///< v15: the signature type
  std::optional<TypeId> extra_ty;      ///< v15: the tuple of the extensions' `extra` parts
  std::vector<SignedExtension> signed_extensions;  ///< in the order they are encoded
};

/// Decodes the ExtrinsicMetadata of metadata version `version` (14 or 15).
ExtrinsicMetadata decodeExtrinsic(Reader& r, uint8_t version);

}  // namespace rt::hostlib::metadata
