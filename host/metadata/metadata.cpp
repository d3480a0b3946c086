// SPDX-License-Identifier: Apache-2.0
// parseMetadata (the OpaqueMetadata / RuntimeMetadataPrefixed envelope, then the v14 or v15
// body in field order) and the name lookups of Metadata; see metadata.hpp.
#include "host/metadata/metadata.hpp"

#include <algorithm>
#include <cstring>

#include "codec/compact.hpp"
#include "host/metadata/reader.hpp"
#include "host/metadata/type_refs.hpp"

namespace rt::hostlib::metadata {

// --- lookups ---

const Pallet* Metadata::pallet(std::string_view name) const {
  for (const Pallet& p : pallets) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

const Pallet* Metadata::palletByIndex(uint8_t index) const {
  for (const Pallet& p : pallets) {
    if (p.index == index) return &p;
  }
  return nullptr;
}

std::optional<uint8_t> Metadata::palletIndex(std::string_view name) const {
  const Pallet* p = pallet(name);
  if (p == nullptr) return std::nullopt;
  return p->index;
}

namespace {

/// Variant `name` of the enum type `enum_ty` (when present), or nullptr.
const Variant* variantOf(const PortableRegistry& types, const std::optional<TypeId>& enum_ty,
                         std::string_view name) {
  if (!enum_ty) return nullptr;
  const Type* t = types.type(*enum_ty);
  return t == nullptr ? nullptr : t->def.variant(name);
}

}  // namespace

const Variant* Metadata::call(std::string_view pallet_name, std::string_view call_name) const {
  const Pallet* p = pallet(pallet_name);
  return p == nullptr ? nullptr : variantOf(types, p->calls, call_name);
}

std::optional<uint8_t> Metadata::callIndex(std::string_view pallet_name,
                                           std::string_view call_name) const {
  const Variant* v = call(pallet_name, call_name);
  if (v == nullptr) return std::nullopt;
  return v->index;
}

const Variant* Metadata::event(std::string_view pallet_name, std::string_view name) const {
  const Pallet* p = pallet(pallet_name);
  return p == nullptr ? nullptr : variantOf(types, p->event, name);
}

const Variant* Metadata::error(std::string_view pallet_name, std::string_view name) const {
  const Pallet* p = pallet(pallet_name);
  return p == nullptr ? nullptr : variantOf(types, p->error, name);
}

std::vector<std::string> Metadata::signedExtensions() const {
  std::vector<std::string> ids;
  ids.reserve(extrinsic.signed_extensions.size());
  for (const SignedExtension& e : extrinsic.signed_extensions) ids.push_back(e.identifier);
  return ids;
}

std::optional<std::vector<uint8_t>> Metadata::constant(std::string_view pallet_name,
                                                       std::string_view name) const {
  const Pallet* p = pallet(pallet_name);
  if (p == nullptr) return std::nullopt;
  const Constant* c = p->constant(name);
  if (c == nullptr) return std::nullopt;
  return c->value;
}

const StorageEntry* Metadata::storageEntry(std::string_view pallet_name,
                                           std::string_view name) const {
  const Pallet* p = pallet(pallet_name);
  if (p == nullptr || !p->storage) return nullptr;
  return p->storage->entry(name);
}

const RuntimeApi* Metadata::runtimeApi(std::string_view name) const {
  for (const RuntimeApi& api : apis) {
    if (api.name == name) return &api;
  }
  return nullptr;
}

const CustomValue* Metadata::customValue(std::string_view key) const {
  const CustomValue* found = nullptr;
  for (const CustomValue& v : custom) {
    if (v.key == key) found = &v;
  }
  return found;
}

// --- parsing ---

namespace {

bool startsWithMagic(std::span<const uint8_t> s) {
  return s.size() >= sizeof kMagic && std::memcmp(s.data(), kMagic, sizeof kMagic) == 0;
}

std::string hex(std::span<const uint8_t> s) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (uint8_t b : s) {
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  return out;
}

/// The RuntimeMetadataPrefixed bytes of `bytes`: `bytes` itself when it starts with "meta", else
/// the content of the Vec<u8> it holds; an error when neither fits.
rt::Result<std::span<const uint8_t>, std::string> unwrapOpaque(std::span<const uint8_t> bytes) {
  if (bytes.empty()) return rt::Err(std::string("metadata: empty input"));
  if (bytes.size() < sizeof kMagic + 1) {
    return rt::Err("metadata: input too short (" + std::to_string(bytes.size()) +
                   " bytes; metadata starts with \"meta\" and a version byte)");
  }
  if (startsWithMagic(bytes)) return bytes;
  rt::codec::Decoder d(bytes);
  const uint32_t n = rt::codec::decodeCompact<uint32_t>(d);
  if (d.ok()) {
    const std::span<const uint8_t> content = bytes.subspan(d.offset());
    if (n == content.size()) {
      if (startsWithMagic(content)) return content;
      return rt::Err("metadata: bad magic " + hex(content.first(std::min<size_t>(4, n))) +
                     " after the Vec<u8> length prefix (expected 6d657461, \"meta\")");
    }
    if (startsWithMagic(content)) {
      return rt::Err("metadata: the Vec<u8> length prefix says " + std::to_string(n) +
                     " bytes but " + std::to_string(content.size()) + " follow");
    }
  }
  return rt::Err("metadata: bad magic " + hex(bytes.first(std::min<size_t>(4, bytes.size()))) +
                 " (expected 6d657461, \"meta\", alone or after a Vec<u8> length prefix)");
}

}  // namespace

rt::Result<Metadata, std::string> parseMetadata(std::span<const uint8_t> bytes) {
  RT_TRY(const std::span<const uint8_t> content, unwrapOpaque(bytes));
  Reader r(content);
  (void)r.raw(sizeof kMagic);
  Metadata md;
  {
    auto s = r.scope("version");
    md.metadata_version = r.u8();
  }
  if (!r.ok()) return rt::Err("metadata: " + r.error());
  if (md.metadata_version != 14 && md.metadata_version != 15) {
    return rt::Err("metadata: unsupported metadata version " + std::to_string(md.metadata_version) +
                   " (this decoder reads 14 and 15)");
  }

  md.types = PortableRegistry::decode(r);
  std::size_t n = 0;
  {
    // A pallet takes at least 7 bytes: name, four Option tags, constants, index (v15: + docs).
    auto s = r.scope("pallets");
    n = r.length(md.metadata_version == 14 ? 7 : 8);
  }
  for (std::size_t i = 0; i < n && r.ok(); ++i) {
    md.pallets.push_back(decodePallet(r, md.metadata_version, i));
  }
  md.extrinsic = decodeExtrinsic(r, md.metadata_version);
  {
    auto s = r.scope("ty");
    md.runtime_ty = r.compactU32();
  }
  if (md.metadata_version >= 15) {
    md.apis = decodeRuntimeApis(r);
    md.outer_enums = decodeOuterEnums(r);
    md.custom = decodeCustom(r);
  }
  r.expectEnd(md.metadata_version == 14 ? "RuntimeMetadataV14" : "RuntimeMetadataV15");
  if (!r.ok()) return rt::Err("metadata: " + r.error());

  if (auto bad = findDanglingTypeRef(md)) return rt::Err("metadata: " + *bad);
  return md;
}

}  // namespace rt::hostlib::metadata
