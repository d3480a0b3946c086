// SPDX-License-Identifier: Apache-2.0
// scale-info's type registry, built at build time from C++ types (no reflection at run time).
//
// A native build tool (runtime/tools/runtime_metadata.cpp) asks the registry for the id of every
// type the metadata mentions; each C++ type describes itself once through TypeInfo<T> (a trait
// specialised next to the type: its path as Substrate names it, and its fields or variants). Ids
// are assigned in order of first use, as scale-info's Registry does, and each C++ type gets one
// id. The registry encodes as scale-info's PortableRegistry
// (scale-info src/portable.rs, src/ty/mod.rs, src/ty/fields.rs, src/ty/variant.rs).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "codec/codec.hpp"

namespace rt::runtime::metadata {

using TypeId = uint32_t;

struct Field {
  std::optional<std::string> name;
  TypeId ty = 0;
  std::optional<std::string> type_name;
  std::vector<std::string> docs;
};

struct Variant {
  std::string name;
  std::vector<Field> fields;
  uint8_t index = 0;
  std::vector<std::string> docs;
};

/// scale-info TypeDefPrimitive indices.
enum class Primitive : uint8_t { Bool = 0, Char, Str, U8, U16, U32, U64, U128, U256, I8, I16, I32, I64, I128, I256 };

struct TypeParameter {
  std::string name;
  std::optional<TypeId> ty;
};

/// scale-info Type with its TypeDef (index 0 Composite .. 7 BitSequence).
struct Type {
  enum class Kind : uint8_t { Composite = 0, Variant = 1, Sequence = 2, Array = 3, Tuple = 4, Primitive = 5, Compact = 6 };
  std::vector<std::string> path;
  std::vector<TypeParameter> params;
  Kind kind = Kind::Tuple;
  std::vector<Field> fields;      ///< Composite
  std::vector<Variant> variants;  ///< Variant
  TypeId element = 0;             ///< Sequence, Array, Compact
  uint32_t length = 0;            ///< Array
  std::vector<TypeId> tuple;      ///< Tuple
  Primitive primitive = Primitive::Bool;
  std::vector<std::string> docs;
};

class Registry;

/// How a C++ type describes itself: specialise with `static Type describe(Registry&)`.
template <typename T, typename = void>
struct TypeInfo;

/// Marks a field as SCALE-compact in metadata (Compact<T>).
template <typename T>
struct Compact {};

class Registry {
 public:
  /// The id of T, registering it (and what it mentions) on first use.
  template <typename T>
  TypeId id() {
    const void* tag = &Tag<std::remove_cvref_t<T>>::tag;
    if (auto it = ids_.find(tag); it != ids_.end()) return it->second;
    const TypeId id = static_cast<TypeId>(types_.size());
    ids_.emplace(tag, id);
    types_.emplace_back();  // reserved: recursive types refer to it while it is described
    Type t = TypeInfo<std::remove_cvref_t<T>>::describe(*this);
    types_[id] = std::move(t);
    return id;
  }

  /// A field of type T.
  template <typename T>
  Field field(std::optional<std::string> name, std::optional<std::string> type_name = std::nullopt) {
    return Field{std::move(name), id<T>(), std::move(type_name), {}};
  }

  const std::vector<Type>& types() const { return types_; }

  /// scale-info PortableRegistry: Vec<PortableType { Compact id, Type }>.
  std::vector<uint8_t> encode() const;

 private:
  template <typename T>
  struct Tag {
    static constexpr char tag = 0;
  };
  std::map<const void*, TypeId> ids_;
  std::vector<Type> types_;
};

// --- building blocks ---

inline Type primitive(Primitive p) {
  Type t;
  t.kind = Type::Kind::Primitive;
  t.primitive = p;
  return t;
}

inline Type composite(std::vector<std::string> path, std::vector<Field> fields, std::vector<TypeParameter> params = {}) {
  Type t;
  t.kind = Type::Kind::Composite;
  t.path = std::move(path);
  t.fields = std::move(fields);
  t.params = std::move(params);
  return t;
}

inline Type variant(std::vector<std::string> path, std::vector<Variant> variants, std::vector<TypeParameter> params = {}) {
  Type t;
  t.kind = Type::Kind::Variant;
  t.path = std::move(path);
  t.variants = std::move(variants);
  t.params = std::move(params);
  return t;
}

// --- TypeInfo for the basic types ---

#define RT_METADATA_PRIMITIVE(T, P) \
  template <>                       \
  struct TypeInfo<T> {              \
    static Type describe(Registry&) { return primitive(Primitive::P); } \
  };
RT_METADATA_PRIMITIVE(bool, Bool)
RT_METADATA_PRIMITIVE(uint8_t, U8)
RT_METADATA_PRIMITIVE(uint16_t, U16)
RT_METADATA_PRIMITIVE(uint32_t, U32)
RT_METADATA_PRIMITIVE(uint64_t, U64)
RT_METADATA_PRIMITIVE(unsigned __int128, U128)
RT_METADATA_PRIMITIVE(int8_t, I8)
RT_METADATA_PRIMITIVE(int16_t, I16)
RT_METADATA_PRIMITIVE(int32_t, I32)
RT_METADATA_PRIMITIVE(int64_t, I64)
RT_METADATA_PRIMITIVE(std::string, Str)
#undef RT_METADATA_PRIMITIVE

template <typename T>
struct TypeInfo<std::vector<T>> {
  static Type describe(Registry& r) {
    Type t;
    t.kind = Type::Kind::Sequence;
    t.element = r.id<T>();
    return t;
  }
};

template <typename T, size_t N>
struct TypeInfo<std::array<T, N>> {
  static Type describe(Registry& r) {
    Type t;
    t.kind = Type::Kind::Array;
    t.length = static_cast<uint32_t>(N);
    t.element = r.id<T>();
    return t;
  }
};

template <typename T>
struct TypeInfo<Compact<T>> {
  static Type describe(Registry& r) {
    Type t;
    t.kind = Type::Kind::Compact;
    t.element = r.id<T>();
    return t;
  }
};

template <typename... Ts>
struct TypeInfo<std::tuple<Ts...>> {
  static Type describe(Registry& r) {
    Type t;
    t.kind = Type::Kind::Tuple;
    (t.tuple.push_back(r.id<Ts>()), ...);
    return t;
  }
};

/// Option<T>: scale-info's `Option` (None = 0, Some(T) = 1), path ["Option"], parameter T.
template <typename T>
struct TypeInfo<std::optional<T>> {
  static Type describe(Registry& r) {
    const TypeId inner = r.id<T>();
    return variant({"Option"}, {Variant{"None", {}, 0, {}}, Variant{"Some", {Field{std::nullopt, inner, {}, {}}}, 1, {}}},
                   {TypeParameter{"T", inner}});
  }
};

}  // namespace rt::runtime::metadata
