// SPDX-License-Identifier: Apache-2.0
// Decoding and lookups of scale-info's PortableRegistry (see portable_registry.hpp for the layout
// and the scale-info source it mirrors).
#include "host/metadata/portable_registry.hpp"

#include <algorithm>

#include "host/metadata/reader.hpp"

namespace rt::hostlib::metadata {

// --- names ---

const char* toString(TypeDefKind k) {
  switch (k) {
    case TypeDefKind::Composite: return "Composite";
    case TypeDefKind::Variant: return "Variant";
    case TypeDefKind::Sequence: return "Sequence";
    case TypeDefKind::Array: return "Array";
    case TypeDefKind::Tuple: return "Tuple";
    case TypeDefKind::Primitive: return "Primitive";
    case TypeDefKind::Compact: return "Compact";
    case TypeDefKind::BitSequence: return "BitSequence";
  }
  return "?";
}

const char* toString(Primitive p) {
  switch (p) {
    case Primitive::Bool: return "bool";
    case Primitive::Char: return "char";
    case Primitive::Str: return "str";
    case Primitive::U8: return "u8";
    case Primitive::U16: return "u16";
    case Primitive::U32: return "u32";
    case Primitive::U64: return "u64";
    case Primitive::U128: return "u128";
    case Primitive::U256: return "u256";
    case Primitive::I8: return "i8";
    case Primitive::I16: return "i16";
    case Primitive::I32: return "i32";
    case Primitive::I64: return "i64";
    case Primitive::I128: return "i128";
    case Primitive::I256: return "i256";
  }
  return "?";
}

// --- lookups ---

const Variant* TypeDef::variant(std::string_view name) const {
  if (kind != TypeDefKind::Variant) return nullptr;
  for (const Variant& v : variants) {
    if (v.name == name) return &v;
  }
  return nullptr;
}

const Variant* TypeDef::variantByIndex(uint8_t index) const {
  if (kind != TypeDefKind::Variant) return nullptr;
  for (const Variant& v : variants) {
    if (v.index == index) return &v;
  }
  return nullptr;
}

std::string Type::pathString() const {
  std::string out;
  for (const std::string& segment : path) {
    if (!out.empty()) out += "::";
    out += segment;
  }
  return out;
}

const Type* PortableRegistry::type(TypeId id) const {
  if (sequential_) return id < types_.size() ? &types_[id] : nullptr;
  auto it = std::lower_bound(by_id_.begin(), by_id_.end(), std::make_pair(id, uint32_t{0}));
  if (it == by_id_.end() || it->first != id) return nullptr;
  return &types_[it->second];
}

const Type* PortableRegistry::findByPath(std::string_view path) const {
  for (const Type& t : types_) {
    if (!t.path.empty() && t.pathString() == path) return &t;
  }
  return nullptr;
}

// --- decoding ---

namespace {

// Smallest encodings, to reject impossible lengths before anything is allocated:
// Field = name tag + ty + type_name tag + docs; Variant = name + fields + index + docs;
// Type = id + path + params + def tag + (at least one byte of def) + docs.
constexpr std::size_t kMinField = 4;
constexpr std::size_t kMinVariant = 4;
constexpr std::size_t kMinType = 6;

std::optional<std::string> optionalString(Reader& r) {
  if (!r.optionTag()) return std::nullopt;
  return r.string();
}

Field decodeField(Reader& r) {
  Field f;
  f.name = optionalString(r);
  f.ty = r.compactU32();
  f.type_name = optionalString(r);
  f.docs = r.strings("docs");
  return f;
}

std::vector<Field> decodeFields(Reader& r) {
  std::vector<Field> fields;
  const std::size_t n = r.length(kMinField);
  for (std::size_t i = 0; i < n && r.ok(); ++i) {
    auto s = r.scope("fields", i);
    fields.push_back(decodeField(r));
    if (fields.back().name) s.name(*fields.back().name);
  }
  return fields;
}

Variant decodeVariant(Reader& r, Reader::Scope& s) {
  Variant v;
  v.name = r.string();
  s.name(v.name);
  v.fields = decodeFields(r);
  v.index = r.u8();
  v.docs = r.strings("docs");
  return v;
}

TypeDef decodeTypeDef(Reader& r) {
  TypeDef def;
  def.kind = static_cast<TypeDefKind>(r.enumTag(8, "TypeDef"));
  switch (def.kind) {
    case TypeDefKind::Composite: def.fields = decodeFields(r); break;
    case TypeDefKind::Variant: {
      const std::size_t n = r.length(kMinVariant);
      for (std::size_t i = 0; i < n && r.ok(); ++i) {
        auto s = r.scope("variants", i);
        def.variants.push_back(decodeVariant(r, s));
      }
      break;
    }
    case TypeDefKind::Sequence:
    case TypeDefKind::Compact: def.type_param = r.compactU32(); break;
    case TypeDefKind::Array:
      def.len = r.u32();
      def.type_param = r.compactU32();
      break;
    case TypeDefKind::Tuple: {
      const std::size_t n = r.length(1);
      for (std::size_t i = 0; i < n && r.ok(); ++i) def.tuple.push_back(r.compactU32());
      break;
    }
    case TypeDefKind::Primitive:
      def.primitive = static_cast<Primitive>(r.enumTag(15, "TypeDefPrimitive"));
      break;
    case TypeDefKind::BitSequence:
      def.bit_store_type = r.compactU32();
      def.bit_order_type = r.compactU32();
      break;
  }
  return def;
}

}  // namespace

PortableRegistry PortableRegistry::decode(Reader& r) {
  PortableRegistry reg;
  auto types_scope = r.scope("types");
  const std::size_t n = r.length(kMinType);
  for (std::size_t i = 0; i < n && r.ok(); ++i) {
    auto s = r.scope("", i);
    Type t;
    t.id = r.compactU32();
    t.path = r.strings("path");
    s.name(t.pathString());
    {
      auto p = r.scope("type_params");
      const std::size_t np = r.length(2);
      for (std::size_t k = 0; k < np && r.ok(); ++k) {
        auto e = r.scope("", k);
        TypeParameter tp;
        tp.name = r.string();
        if (r.optionTag()) tp.ty = r.compactU32();
        t.type_params.push_back(std::move(tp));
      }
    }
    {
      auto p = r.scope("type_def");
      t.def = decodeTypeDef(r);
    }
    t.docs = r.strings("docs");
    if (t.id != i) reg.sequential_ = false;
    reg.types_.push_back(std::move(t));
  }
  if (!r.ok()) return reg;

  if (!reg.sequential_) {
    reg.by_id_.reserve(reg.types_.size());
    for (std::size_t i = 0; i < reg.types_.size(); ++i) {
      reg.by_id_.emplace_back(reg.types_[i].id, static_cast<uint32_t>(i));
    }
    std::sort(reg.by_id_.begin(), reg.by_id_.end());
    for (std::size_t i = 1; i < reg.by_id_.size(); ++i) {
      if (reg.by_id_[i].first == reg.by_id_[i - 1].first) {
        r.fail("type id " + std::to_string(reg.by_id_[i].first) + " defined twice");
        break;
      }
    }
  }
  return reg;
}

}  // namespace rt::hostlib::metadata
