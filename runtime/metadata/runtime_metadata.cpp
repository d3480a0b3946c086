// SPDX-License-Identifier: Apache-2.0
#include "runtime/metadata/runtime_metadata.hpp"

namespace rt::runtime::metadata {
namespace {

using Bytes = std::vector<uint8_t>;

void compact(Bytes& out, uint64_t n) {
  const auto c = codec::encode(codec::asCompact(n));
  out.insert(out.end(), c.begin(), c.end());
}
void str(Bytes& out, const std::string& s) {
  compact(out, s.size());
  out.insert(out.end(), s.begin(), s.end());
}
void strs(Bytes& out, const std::vector<std::string>& v) {
  compact(out, v.size());
  for (const auto& s : v) str(out, s);
}
void bytes(Bytes& out, const Bytes& b) {
  compact(out, b.size());
  out.insert(out.end(), b.begin(), b.end());
}
void optionType(Bytes& out, const std::optional<TypeId>& t) {
  if (!t) {
    out.push_back(0);
    return;
  }
  out.push_back(1);
  compact(out, *t);
}

void pallet(Bytes& out, const Pallet& p, uint8_t version) {
  str(out, p.name);
  if (!p.storage_prefix) {
    out.push_back(0);
  } else {
    out.push_back(1);
    str(out, *p.storage_prefix);
    compact(out, p.storage.size());
    for (const StorageEntry& e : p.storage) {
      str(out, e.name);
      out.push_back(static_cast<uint8_t>(e.modifier));
      if (e.hashers.empty()) {
        out.push_back(0);  // Plain(ty)
        compact(out, e.value);
      } else {
        out.push_back(1);  // Map { hashers, key, value }
        compact(out, e.hashers.size());
        out.insert(out.end(), e.hashers.begin(), e.hashers.end());
        compact(out, e.key);
        compact(out, e.value);
      }
      bytes(out, e.default_value);
      strs(out, e.docs);
    }
  }
  optionType(out, p.calls);   // PalletCallMetadata { ty }
  optionType(out, p.event);   // PalletEventMetadata { ty }
  compact(out, p.constants.size());
  for (const Constant& c : p.constants) {
    str(out, c.name);
    compact(out, c.ty);
    bytes(out, c.value);
    strs(out, c.docs);
  }
  optionType(out, p.error);   // PalletErrorMetadata { ty }
  out.push_back(p.index);
  if (version >= 15) strs(out, p.docs);
}

}  // namespace

std::vector<uint8_t> encodeMetadata(const Registry& registry, const RuntimeMetadata& m, uint8_t version) {
  Bytes out = {'m', 'e', 't', 'a', version};
  const Bytes types = registry.encode();
  out.insert(out.end(), types.begin(), types.end());
  compact(out, m.pallets.size());
  for (const Pallet& p : m.pallets) pallet(out, p, version);
  if (version == 14) {
    compact(out, m.extrinsic.ty);
    out.push_back(m.extrinsic.version);
  } else {
    out.push_back(m.extrinsic.version);
    compact(out, m.extrinsic.address_ty);
    compact(out, m.extrinsic.call_ty);
    compact(out, m.extrinsic.signature_ty);
    compact(out, m.extrinsic.extra_ty);
  }
  compact(out, m.extrinsic.signed_extensions.size());
  for (const SignedExtension& e : m.extrinsic.signed_extensions) {
    str(out, e.identifier);
    compact(out, e.ty);
    compact(out, e.additional_signed);
  }
  compact(out, m.runtime_ty);
  if (version >= 15) {
    compact(out, m.apis.size());
    for (const RuntimeApi& api : m.apis) {
      str(out, api.name);
      compact(out, api.methods.size());
      for (const ApiMethod& method : api.methods) {
        str(out, method.name);
        compact(out, method.inputs.size());
        for (const ApiParam& p : method.inputs) {
          str(out, p.name);
          compact(out, p.ty);
        }
        compact(out, method.output);
        strs(out, method.docs);
      }
      strs(out, api.docs);
    }
    compact(out, m.call_enum_ty);  // OuterEnums
    compact(out, m.event_enum_ty);
    compact(out, m.error_enum_ty);
    compact(out, 0);  // CustomMetadata: an empty map
  }
  return out;
}

}  // namespace rt::runtime::metadata
