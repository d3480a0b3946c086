// SPDX-License-Identifier: Apache-2.0
// scale-info's PortableRegistry: every type the metadata mentions, referred to by a numeric id
// (UntrackedSymbol, SCALE Compact<u32>). Mirrors scale-info 2.x in portable form:
//   PortableRegistry { types: Vec<PortableType { #[codec(compact)] id: u32, ty: Type }> }
//   https://github.com/paritytech/scale-info/blob/7629a7fa4023674f015aa47730a65367cf56d2b7/src/portable.rs#L40-L43
//   https://github.com/paritytech/scale-info/blob/7629a7fa4023674f015aa47730a65367cf56d2b7/src/portable.rs#L222-L228
//   Type { path: Path(Vec<String>), type_params: Vec<TypeParameter>, type_def: TypeDef, docs }
//   https://github.com/paritytech/scale-info/blob/7629a7fa4023674f015aa47730a65367cf56d2b7/src/ty/mod.rs#L47-L68
//   TypeDef (indices 0..7), TypeDefPrimitive (indices 0..14)
//   https://github.com/paritytech/scale-info/blob/7629a7fa4023674f015aa47730a65367cf56d2b7/src/ty/mod.rs#L275-L299
//   https://github.com/paritytech/scale-info/blob/7629a7fa4023674f015aa47730a65367cf56d2b7/src/ty/mod.rs#L350-L395
//   Field { name: Option<String>, ty, type_name: Option<String>, docs }
//   https://github.com/paritytech/scale-info/blob/7629a7fa4023674f015aa47730a65367cf56d2b7/src/ty/fields.rs#L67-L88
//   Variant { name, fields: Vec<Field>, index: u8, docs }
//   https://github.com/paritytech/scale-info/blob/7629a7fa4023674f015aa47730a65367cf56d2b7/src/ty/variant.rs#L150-L170
// Type ids are usually 0..n-1 in order, but nothing requires it (Gosemble's registries skip ids),
// so lookups go through an id index; a repeated id is rejected.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rt::hostlib::metadata {

class Reader;

/// A reference to a type of the registry (scale-info's UntrackedSymbol id).
using TypeId = uint32_t;

/// scale-info's Field: a struct field or a variant's field.
struct Field {
  std::optional<std::string> name;       ///< None for tuple-like fields
  TypeId ty = 0;                         ///< the field's type
  std::optional<std::string> type_name;  ///< the Rust type as written, e.g. "T::Balance"
  std::vector<std::string> docs;         ///< doc comment lines
};

/// scale-info's Variant: one variant of an enum (a call, an event, an error, ...).
struct Variant {
  std::string name;               ///< e.g. "transfer_keep_alive"
  std::vector<Field> fields;      ///< its fields (the call's arguments)
  uint8_t index = 0;              ///< the encoded index (`#[codec(index = N)]` or position)
  std::vector<std::string> docs;  ///< doc comment lines
};

/// scale-info's TypeDef discriminant (the SCALE index of each kind).
enum class TypeDefKind : uint8_t {
  Composite = 0,    ///< a struct: `fields`
  Variant = 1,      ///< an enum: `variants`
  Sequence = 2,     ///< Vec<T>: `type_param`
  Array = 3,        ///< [T; len]: `len`, `type_param`
  Tuple = 4,        ///< (A, B, ...): `tuple`
  Primitive = 5,    ///< bool, char, str, integers: `primitive`
  Compact = 6,      ///< Compact<T>: `type_param`
  BitSequence = 7,  ///< BitVec<Store, Order>: `bit_store_type`, `bit_order_type`
};

/// scale-info's TypeDefPrimitive (the SCALE index of each primitive).
enum class Primitive : uint8_t {
  Bool = 0,  ///< bool
  Char,      ///< char (a u32 code point)
  Str,       ///< str / String
  U8,        ///< u8
  U16,       ///< u16
  U32,       ///< u32
  U64,       ///< u64
  U128,      ///< u128
  U256,      ///< u256 (32 bytes)
  I8,        ///< i8
  I16,       ///< i16
  I32,       ///< i32
  I64,       ///< i64
  I128,      ///< i128
  I256,      ///< i256 (32 bytes)
};

/// Name of a TypeDefKind ("Composite", ...).
const char* toString(TypeDefKind k);
/// Rust name of a primitive ("bool", "u128", ...).
const char* toString(Primitive p);

/// scale-info's TypeDef, flattened: `kind` says which members are meaningful.
struct TypeDef {
  TypeDefKind kind = TypeDefKind::Tuple;  ///< which definition this is
  std::vector<Field> fields;              ///< Composite
  std::vector<Variant> variants;          ///< Variant
  TypeId type_param = 0;                  ///< Sequence, Array and Compact: the element type
  uint32_t len = 0;                       ///< Array: the element count
  std::vector<TypeId> tuple;              ///< Tuple: the element types (empty: `()`)
  Primitive primitive = Primitive::Bool;  ///< Primitive
  TypeId bit_store_type = 0;              ///< BitSequence: the store type (u8, u32, ...)
  TypeId bit_order_type = 0;              ///< BitSequence: Lsb0 / Msb0

  /// The variant named `name` (Variant kind only), or nullptr.
  const Variant* variant(std::string_view name) const;
  /// The variant with encoded index `index` (Variant kind only), or nullptr.
  const Variant* variantByIndex(uint8_t index) const;
};

/// scale-info's TypeParameter: a generic parameter and, when known, its type.
struct TypeParameter {
  std::string name;          ///< e.g. "T"
  std::optional<TypeId> ty;  ///< None when the parameter was erased
};

/// scale-info's Type together with its registry id (PortableType).
struct Type {
  TypeId id = 0;                           ///< the id other items refer to
  std::vector<std::string> path;           ///< e.g. {"pallet_balances", "pallet", "Call"}
  std::vector<TypeParameter> type_params;  ///< generic parameters
  TypeDef def;                             ///< the definition
  std::vector<std::string> docs;           ///< doc comment lines

  /// The path joined with "::" ("" for unnamed types such as tuples and primitives).
  std::string pathString() const;
};

/// scale-info's PortableRegistry with an id index.
class PortableRegistry {
 public:
  /// The types in encoded order.
  const std::vector<Type>& types() const { return types_; }
  /// Number of types.
  std::size_t size() const { return types_.size(); }
  /// The type with id `id`, or nullptr.
  const Type* type(TypeId id) const;
  /// The first type whose joined path is `path` ("sp_runtime::generic::era::Era"), or nullptr.
  const Type* findByPath(std::string_view path) const;

  /// Decodes `PortableRegistry` from `r` and indexes it (repeated ids fail).
  static PortableRegistry decode(Reader& r);

 private:
  std::vector<Type> types_;
  bool sequential_ = true;                          ///< types_[i].id == i for every i
  std::vector<std::pair<TypeId, uint32_t>> by_id_;  ///< (id, position) sorted, when not
};

}  // namespace rt::hostlib::metadata
