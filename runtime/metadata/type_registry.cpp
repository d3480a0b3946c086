// SPDX-License-Identifier: Apache-2.0
#include "runtime/metadata/type_registry.hpp"

namespace rt::runtime::metadata {
namespace {

void appendCompact(std::vector<uint8_t>& out, uint64_t n) {
  const auto c = codec::encode(codec::asCompact(n));
  out.insert(out.end(), c.begin(), c.end());
}

void appendString(std::vector<uint8_t>& out, const std::string& s) {
  appendCompact(out, s.size());
  out.insert(out.end(), s.begin(), s.end());
}

void appendStrings(std::vector<uint8_t>& out, const std::vector<std::string>& v) {
  appendCompact(out, v.size());
  for (const auto& s : v) appendString(out, s);
}

void appendOptionString(std::vector<uint8_t>& out, const std::optional<std::string>& s) {
  if (!s) {
    out.push_back(0);
    return;
  }
  out.push_back(1);
  appendString(out, *s);
}

void appendFields(std::vector<uint8_t>& out, const std::vector<Field>& fields) {
  appendCompact(out, fields.size());
  for (const Field& f : fields) {
    appendOptionString(out, f.name);
    appendCompact(out, f.ty);
    appendOptionString(out, f.type_name);
    appendStrings(out, f.docs);
  }
}

}  // namespace

std::vector<uint8_t> Registry::encode() const {
  std::vector<uint8_t> out;
  appendCompact(out, types_.size());
  for (TypeId id = 0; id < types_.size(); ++id) {
    const Type& t = types_[id];
    appendCompact(out, id);
    appendStrings(out, t.path);
    appendCompact(out, t.params.size());
    for (const TypeParameter& p : t.params) {
      appendString(out, p.name);
      if (p.ty) {
        out.push_back(1);
        appendCompact(out, *p.ty);
      } else {
        out.push_back(0);
      }
    }
    out.push_back(static_cast<uint8_t>(t.kind));
    switch (t.kind) {
      case Type::Kind::Composite:
        appendFields(out, t.fields);
        break;
      case Type::Kind::Variant:
        appendCompact(out, t.variants.size());
        for (const Variant& v : t.variants) {
          appendString(out, v.name);
          appendFields(out, v.fields);
          out.push_back(v.index);
          appendStrings(out, v.docs);
        }
        break;
      case Type::Kind::Sequence:
      case Type::Kind::Compact:
        appendCompact(out, t.element);
        break;
      case Type::Kind::Array:
        for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(t.length >> (8 * i)));
        appendCompact(out, t.element);
        break;
      case Type::Kind::Tuple:
        appendCompact(out, t.tuple.size());
        for (TypeId e : t.tuple) appendCompact(out, e);
        break;
      case Type::Kind::Primitive:
        out.push_back(static_cast<uint8_t>(t.primitive));
        break;
    }
    appendStrings(out, t.docs);
  }
  return out;
}

}  // namespace rt::runtime::metadata
