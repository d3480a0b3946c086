// SPDX-License-Identifier: Apache-2.0
// Decoding of metadata v15's runtime APIs, outer enums and custom map; see runtime_api.hpp.
#include "host/metadata/runtime_api.hpp"

#include "host/metadata/reader.hpp"

namespace rt::hostlib::metadata {

const RuntimeApiMethod* RuntimeApi::method(std::string_view name) const {
  for (const RuntimeApiMethod& m : methods) {
    if (m.name == name) return &m;
  }
  return nullptr;
}

namespace {

RuntimeApiMethod decodeMethod(Reader& r, Reader::Scope& s) {
  RuntimeApiMethod m;
  m.name = r.string();
  s.name(m.name);
  const std::size_t n = r.length(2);  // name + ty
  for (std::size_t i = 0; i < n && r.ok(); ++i) {
    auto p = r.scope("inputs", i);
    RuntimeApiParam param;
    param.name = r.string();
    param.ty = r.compactU32();
    m.inputs.push_back(std::move(param));
  }
  m.output = r.compactU32();
  m.docs = r.strings("docs");
  return m;
}

}  // namespace

std::vector<RuntimeApi> decodeRuntimeApis(Reader& r) {
  std::vector<RuntimeApi> apis;
  std::size_t n = 0;
  {
    auto s = r.scope("apis");
    n = r.length(3);  // name + methods + docs
  }
  for (std::size_t i = 0; i < n && r.ok(); ++i) {
    auto s = r.scope("apis", i);
    RuntimeApi api;
    api.name = r.string();
    s.name(api.name);
    const std::size_t nm = r.length(4);  // name + inputs + output + docs
    for (std::size_t k = 0; k < nm && r.ok(); ++k) {
      auto ms = r.scope("methods", k);
      api.methods.push_back(decodeMethod(r, ms));
    }
    api.docs = r.strings("docs");
    apis.push_back(std::move(api));
  }
  return apis;
}

OuterEnums decodeOuterEnums(Reader& r) {
  auto s = r.scope("outer_enums");
  OuterEnums o;
  o.call_enum_ty = r.compactU32();
  o.event_enum_ty = r.compactU32();
  o.error_enum_ty = r.compactU32();
  return o;
}

std::vector<CustomValue> decodeCustom(Reader& r) {
  auto s = r.scope("custom");
  std::vector<CustomValue> values;
  const std::size_t n = r.length(3);  // key + ty + value
  for (std::size_t i = 0; i < n && r.ok(); ++i) {
    auto e = r.scope("", i);
    CustomValue v;
    v.key = r.string();
    e.name(v.key);
    v.ty = r.compactU32();
    v.value = r.bytes();
    values.push_back(std::move(v));
  }
  return values;
}

}  // namespace rt::hostlib::metadata
