// SPDX-License-Identifier: Apache-2.0
// findDanglingTypeRef: every type id of the decoded metadata resolves; see type_refs.hpp.
#include "host/metadata/type_refs.hpp"

#include "host/metadata/metadata.hpp"

namespace rt::hostlib::metadata {

namespace {

/// Collects the first failure; `where` is only evaluated (a string built) on failure.
class Checker {
 public:
  explicit Checker(const PortableRegistry& types) : types_(types) {}

  /// Records a failure unless `id` names a type.
  template <class Where>
  void ref(TypeId id, Where&& where) {
    if (error_ || types_.type(id) != nullptr) return;
    error_ = where() + ": type id " + std::to_string(id) + " is not in the registry";
  }
  /// As ref(), and the type must be a Variant (an enum).
  template <class Where>
  void enumRef(TypeId id, Where&& where) {
    ref(id, where);
    if (error_) return;
    const Type* t = types_.type(id);
    if (t->def.kind != TypeDefKind::Variant) {
      error_ = where() + ": type id " + std::to_string(id) + " is a " + toString(t->def.kind) +
               ", not an enum";
    }
  }
  const std::optional<std::string>& error() const { return error_; }

 private:
  const PortableRegistry& types_;
  std::optional<std::string> error_;
};

std::string at(const char* what, std::size_t i) {
  return std::string(what) + "[" + std::to_string(i) + "]";
}

void checkFields(Checker& c, const std::vector<Field>& fields, const std::string& owner) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    c.ref(fields[i].ty, [&] { return owner + " > " + at("fields", i); });
  }
}

void checkType(Checker& c, const Type& t, std::size_t pos) {
  const auto owner = [&] { return at("types", pos) + " (id " + std::to_string(t.id) + ")"; };
  for (std::size_t i = 0; i < t.type_params.size(); ++i) {
    if (t.type_params[i].ty) {
      c.ref(*t.type_params[i].ty, [&] { return owner() + " > " + at("type_params", i); });
    }
  }
  const TypeDef& d = t.def;
  switch (d.kind) {
    case TypeDefKind::Composite:
      if (!d.fields.empty()) checkFields(c, d.fields, owner());
      break;
    case TypeDefKind::Variant:
      for (std::size_t v = 0; v < d.variants.size(); ++v) {
        if (d.variants[v].fields.empty()) continue;
        checkFields(c, d.variants[v].fields, owner() + " > " + at("variants", v));
      }
      break;
    case TypeDefKind::Sequence:
    case TypeDefKind::Array:
    case TypeDefKind::Compact:
      c.ref(d.type_param, [&] { return owner() + " > type_param"; });
      break;
    case TypeDefKind::Tuple:
      for (std::size_t i = 0; i < d.tuple.size(); ++i) {
        c.ref(d.tuple[i], [&] { return owner() + " > " + at("tuple", i); });
      }
      break;
    case TypeDefKind::Primitive: break;
    case TypeDefKind::BitSequence:
      c.ref(d.bit_store_type, [&] { return owner() + " > bit_store_type"; });
      c.ref(d.bit_order_type, [&] { return owner() + " > bit_order_type"; });
      break;
  }
}

void checkPallet(Checker& c, const Pallet& p, std::size_t pos) {
  const auto owner = [&] { return at("pallets", pos) + " \"" + p.name + "\""; };
  if (p.storage) {
    for (std::size_t i = 0; i < p.storage->entries.size(); ++i) {
      const StorageEntry& e = p.storage->entries[i];
      const auto where = [&] { return owner() + " > " + at("storage", i) + " \"" + e.name + "\""; };
      if (e.is_map) c.ref(e.key, where);
      c.ref(e.value, where);
    }
  }
  if (p.calls) c.enumRef(*p.calls, [&] { return owner() + " > calls"; });
  if (p.event) c.enumRef(*p.event, [&] { return owner() + " > event"; });
  for (std::size_t i = 0; i < p.constants.size(); ++i) {
    c.ref(p.constants[i].ty, [&] { return owner() + " > " + at("constants", i); });
  }
  if (p.error) c.enumRef(*p.error, [&] { return owner() + " > error"; });
}

void checkExtrinsic(Checker& c, const ExtrinsicMetadata& x) {
  for (const std::optional<TypeId>& id :
       {x.ty, x.address_ty, x.call_ty, x.signature_ty, x.extra_ty}) {
    if (id) c.ref(*id, [] { return std::string("extrinsic"); });
  }
  for (std::size_t i = 0; i < x.signed_extensions.size(); ++i) {
    const SignedExtension& e = x.signed_extensions[i];
    const auto where = [&] { return "extrinsic > " + at("signed_extensions", i); };
    c.ref(e.ty, where);
    c.ref(e.additional_signed, where);
  }
}

void checkV15(Checker& c, const Metadata& md) {
  for (std::size_t a = 0; a < md.apis.size(); ++a) {
    for (std::size_t m = 0; m < md.apis[a].methods.size(); ++m) {
      const RuntimeApiMethod& method = md.apis[a].methods[m];
      const auto where = [&] {
        return at("apis", a) + " \"" + md.apis[a].name + "\" > " + at("methods", m) + " \"" +
               method.name + "\"";
      };
      for (const RuntimeApiParam& p : method.inputs) c.ref(p.ty, where);
      c.ref(method.output, where);
    }
  }
  if (md.outer_enums) {
    const auto where = [] { return std::string("outer_enums"); };
    c.enumRef(md.outer_enums->call_enum_ty, where);
    c.enumRef(md.outer_enums->event_enum_ty, where);
    c.enumRef(md.outer_enums->error_enum_ty, where);
  }
  for (std::size_t i = 0; i < md.custom.size(); ++i) {
    c.ref(md.custom[i].ty, [&] { return at("custom", i) + " \"" + md.custom[i].key + "\""; });
  }
}

}  // namespace

std::optional<std::string> findDanglingTypeRef(const Metadata& md) {
  Checker c(md.types);
  for (std::size_t i = 0; i < md.types.types().size() && !c.error(); ++i) {
    checkType(c, md.types.types()[i], i);
  }
  for (std::size_t i = 0; i < md.pallets.size() && !c.error(); ++i) {
    checkPallet(c, md.pallets[i], i);
  }
  checkExtrinsic(c, md.extrinsic);
  c.ref(md.runtime_ty, [] { return std::string("ty"); });
  checkV15(c, md);
  return c.error();
}

}  // namespace rt::hostlib::metadata
