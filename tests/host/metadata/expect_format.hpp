// SPDX-License-Identifier: Apache-2.0
// The .expect format of vectors/ (see the header generate.mjs writes) from the C++ side: render()
// turns a decoded Metadata into the same lines @polkadot/types produced, so the fixture test can
// compare line by line; readFixture() loads <name>.hex and <name>.expect.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/native/file_io.hpp"
#include "host/hashing/test_hex.hpp"
#include "host/metadata/metadata.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::test {

/// One fixture: the runtime's OpaqueMetadata and the expectation lines (comments dropped).
struct MetadataFixture {
  std::string name;                 ///< e.g. "rust_node_template_runtime.v14"
  std::vector<uint8_t> opaque;      ///< <name>.hex: SCALE Vec<u8> of "meta" + RuntimeMetadata
  std::vector<std::string> expect;  ///< <name>.expect without '#' lines
};

namespace detail {

inline std::string joinList(const std::vector<std::string>& xs) {
  if (xs.empty()) return "-";
  std::string out;
  for (std::size_t i = 0; i < xs.size(); ++i) out += (i ? "," : "") + xs[i];
  return out;
}

inline std::string hexOf(const std::vector<uint8_t>& b) { return "0x" + toHex(b); }

inline std::string docsOf(const std::vector<std::string>& d) {
  return "docs=" + std::to_string(d.size());
}

template <class T>
std::string optId(const std::optional<T>& id) {
  return id ? std::to_string(*id) : "-";
}

inline std::string fieldNames(const std::vector<metadata::Field>& fs) {
  std::vector<std::string> names;
  for (const auto& f : fs) names.push_back(f.name ? *f.name : "_");
  return joinList(names);
}

inline std::string fieldTypes(const std::vector<metadata::Field>& fs) {
  std::vector<std::string> tys;
  for (const auto& f : fs) tys.push_back(std::to_string(f.ty));
  return joinList(tys);
}

inline std::string typeDefinition(const metadata::TypeDef& d) {
  using metadata::TypeDefKind;
  std::string out = toString(d.kind);
  switch (d.kind) {
    case TypeDefKind::Composite:
      return out + " fields=" + fieldNames(d.fields) + " tys=" + fieldTypes(d.fields);
    case TypeDefKind::Variant: {
      std::vector<std::string> vs;
      for (const auto& v : d.variants) vs.push_back(v.name + ":" + std::to_string(v.index));
      return out + " variants=" + joinList(vs);
    }
    case TypeDefKind::Sequence:
    case TypeDefKind::Compact: return out + " " + std::to_string(d.type_param);
    case TypeDefKind::Array:
      return out + " " + std::to_string(d.len) + " " + std::to_string(d.type_param);
    case TypeDefKind::Tuple: {
      std::vector<std::string> ts;
      for (auto t : d.tuple) ts.push_back(std::to_string(t));
      return out + " " + joinList(ts);
    }
    case TypeDefKind::Primitive: return out + " " + toString(d.primitive);
    case TypeDefKind::BitSequence:
      return out + " " + std::to_string(d.bit_store_type) + " " + std::to_string(d.bit_order_type);
  }
  return out;
}

inline void variantLines(std::vector<std::string>& out, const char* kind,
                         const metadata::Metadata& md, const metadata::Pallet& p,
                         const std::optional<metadata::TypeId>& ty) {
  if (!ty) return;
  const metadata::Type* t = md.type(*ty);
  if (t == nullptr) return;
  for (const auto& v : t->def.variants) {
    out.push_back(std::string(kind) + " " + p.name + " " + v.name + " " + std::to_string(v.index) +
                  " " + fieldNames(v.fields) + " " + fieldTypes(v.fields));
  }
}

}  // namespace detail

/// The expectation lines of `md`, in generate.mjs's order and format.
inline std::vector<std::string> render(const metadata::Metadata& md) {
  using namespace detail;
  std::vector<std::string> out;
  out.push_back("version " + std::to_string(md.version()));
  out.push_back("types " + std::to_string(md.types.size()));
  for (const metadata::Type& t : md.types.types()) {
    std::vector<std::string> params;
    for (const auto& p : t.type_params) params.push_back(p.name);
    const std::string path = t.path.empty() ? "-" : t.pathString();
    out.push_back("type " + std::to_string(t.id) + " " + path + " params=" + joinList(params) +
                  " " + docsOf(t.docs) + " " + typeDefinition(t.def));
  }
  for (const metadata::Pallet& p : md.pallets) {
    out.push_back("pallet " + p.name + " " + std::to_string(p.index) +
                  " storage=" + (p.storage ? p.storage->prefix : "-") + " calls=" + optId(p.calls) +
                  " event=" + optId(p.event) + " error=" + optId(p.error) +
                  " constants=" + std::to_string(p.constants.size()) + " " + docsOf(p.docs));
    if (p.storage) {
      for (const metadata::StorageEntry& e : p.storage->entries) {
        std::string line = "storage " + p.name + " " + e.name + " " + toString(e.modifier);
        if (e.is_map) {
          std::vector<std::string> hs;
          for (auto h : e.hashers) hs.push_back(toString(h));
          line +=
              " Map " + joinList(hs) + " " + std::to_string(e.key) + " " + std::to_string(e.value);
        } else {
          line += " Plain " + std::to_string(e.value);
        }
        out.push_back(line + " " + hexOf(e.default_value) + " " + docsOf(e.docs));
      }
    }
    variantLines(out, "call", md, p, p.calls);
    variantLines(out, "event", md, p, p.event);
    variantLines(out, "error", md, p, p.error);
    for (const metadata::Constant& c : p.constants) {
      out.push_back("constant " + p.name + " " + c.name + " " + std::to_string(c.ty) + " " +
                    hexOf(c.value) + " " + docsOf(c.docs));
    }
  }
  const metadata::ExtrinsicMetadata& x = md.extrinsic;
  if (md.version() == 14) {
    out.push_back("extrinsic version=" + std::to_string(x.version) + " ty=" + optId(x.ty));
  } else {
    out.push_back("extrinsic version=" + std::to_string(x.version) +
                  " address=" + optId(x.address_ty) + " call=" + optId(x.call_ty) +
                  " signature=" + optId(x.signature_ty) + " extra=" + optId(x.extra_ty));
  }
  for (std::size_t i = 0; i < x.signed_extensions.size(); ++i) {
    const auto& e = x.signed_extensions[i];
    out.push_back("signed_extension " + std::to_string(i) + " " + e.identifier + " " +
                  std::to_string(e.ty) + " " + std::to_string(e.additional_signed));
  }
  out.push_back("runtime_ty " + std::to_string(md.runtime_ty));
  if (md.version() == 15) {
    for (const metadata::RuntimeApi& api : md.apis) {
      out.push_back("api " + api.name + " methods=" + std::to_string(api.methods.size()) + " " +
                    docsOf(api.docs));
      for (const metadata::RuntimeApiMethod& m : api.methods) {
        std::vector<std::string> names, tys;
        for (const auto& in : m.inputs) {
          names.push_back(in.name);
          tys.push_back(std::to_string(in.ty));
        }
        out.push_back("method " + api.name + " " + m.name + " " + joinList(names) + " " +
                      joinList(tys) + " " + std::to_string(m.output) + " " + docsOf(m.docs));
      }
    }
    const metadata::OuterEnums o = md.outer_enums.value_or(metadata::OuterEnums{});
    out.push_back("outer_enums " + std::to_string(o.call_enum_ty) + " " +
                  std::to_string(o.event_enum_ty) + " " + std::to_string(o.error_enum_ty));
    for (const metadata::CustomValue& c : md.custom) {
      out.push_back("custom " + c.key + " " + std::to_string(c.ty) + " " + hexOf(c.value));
    }
  }
  return out;
}

/// Loads vectors/<name>.hex and vectors/<name>.expect from `dir`.
inline rt::Result<MetadataFixture, std::string> readFixture(const std::string& dir,
                                                            const std::string& name) {
  MetadataFixture f;
  f.name = name;
  auto hex = rt::native::readFile(dir + "/" + name + ".hex");
  if (!hex) return rt::Err(hex.error());
  std::string_view text(reinterpret_cast<const char*>(hex->data()), hex->size());
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  auto bytes = parseHex(text);
  if (!bytes) return rt::Err(name + ".hex is not hex");
  f.opaque = std::move(*bytes);
  auto expect = rt::native::readFile(dir + "/" + name + ".expect");
  if (!expect) return rt::Err(expect.error());
  std::string_view rest(reinterpret_cast<const char*>(expect->data()), expect->size());
  while (!rest.empty()) {
    const std::size_t nl = rest.find('\n');
    const std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    if (!line.empty() && line[0] != '#') f.expect.emplace_back(line);
  }
  return f;
}

/// Splits a line on single spaces (the .expect format has no empty fields but "-").
inline std::vector<std::string> words(std::string_view line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == ' ') {
      out.emplace_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

}  // namespace rt::hostlib::test
