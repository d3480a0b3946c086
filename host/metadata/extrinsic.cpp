// SPDX-License-Identifier: Apache-2.0
// Decoding of frame-metadata's ExtrinsicMetadata, v14 and v15 layouts; see extrinsic.hpp.
#include "host/metadata/extrinsic.hpp"

#include "host/metadata/reader.hpp"

namespace rt::hostlib::metadata {

ExtrinsicMetadata decodeExtrinsic(Reader& r, uint8_t version) {
  auto scope = r.scope("extrinsic");
  ExtrinsicMetadata x;
  if (version == 14) {
    x.ty = r.compactU32();
    x.version = r.u8();
  } else {
    x.version = r.u8();
    x.address_ty = r.compactU32();
    x.call_ty = r.compactU32();
    x.signature_ty = r.compactU32();
    x.extra_ty = r.compactU32();
  }
  // identifier + ty + additional_signed: at least three bytes each.
  const std::size_t n = r.length(3);
  for (std::size_t i = 0; i < n && r.ok(); ++i) {
    auto s = r.scope("signed_extensions", i);
    SignedExtension e;
    e.identifier = r.string();
    s.name(e.identifier);
    e.ty = r.compactU32();
    e.additional_signed = r.compactU32();
    x.signed_extensions.push_back(std::move(e));
  }
  return x;
}

}  // namespace rt::hostlib::metadata
