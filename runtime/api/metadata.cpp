// SPDX-License-Identifier: Apache-2.0
// Runtime API `Metadata` v2 (sp_api::Metadata): metadata, metadata_at_version, metadata_versions.
// The bytes were built at build time (runtime-metadata); each call copies them into the result:
// OpaqueMetadata is a SCALE Vec<u8> of "meta" ++ version ++ RuntimeMetadata.
#include "runtime/api/entry_point.hpp"

extern "C++" {
extern const unsigned char rt_metadata_v14[];
extern const unsigned int rt_metadata_v14Size;
extern const unsigned char rt_metadata_v15[];
extern const unsigned int rt_metadata_v15Size;
}

namespace rt::runtime::api {
namespace {

Output opaque(const unsigned char* bytes, unsigned int size) {
  uint32_t n = size;
  Output out = codec::encode(codec::asCompact(n));
  out.insert(out.end(), bytes, bytes + size);
  return out;
}

}  // namespace

Output metadataMetadata(std::span<const uint8_t> /*input: ()*/) { return opaque(rt_metadata_v14, rt_metadata_v14Size); }

Output metadataAtVersion(std::span<const uint8_t> input) {
  const auto version = decodeInputOrPanic<uint32_t>(input, "Metadata_metadata_at_version");
  if (version == 14) {
    Output out{0x01};
    const Output m = opaque(rt_metadata_v14, rt_metadata_v14Size);
    out.insert(out.end(), m.begin(), m.end());
    return out;
  }
  if (version == 15) {
    Output out{0x01};
    const Output m = opaque(rt_metadata_v15, rt_metadata_v15Size);
    out.insert(out.end(), m.begin(), m.end());
    return out;
  }
  return Output{0x00};  // None
}

Output metadataVersions(std::span<const uint8_t> /*input: ()*/) {
  return codec::encode(std::vector<uint32_t>{14, 15});
}

}  // namespace rt::runtime::api

RT_ENTRY_POINT(Metadata_metadata, rt::runtime::api::metadataMetadata)
RT_ENTRY_POINT(Metadata_metadata_at_version, rt::runtime::api::metadataAtVersion)
RT_ENTRY_POINT(Metadata_metadata_versions, rt::runtime::api::metadataVersions)
