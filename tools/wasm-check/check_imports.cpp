// SPDX-License-Identifier: Apache-2.0
// Check: every import is something a Polkadot host provides.
//
// Hosts resolve imports from module `env` only: the memory as env.memory, and functions from the
// spec'd host-function list, matched by name AND signature (smoldot rejects a known name with
// another signature just like an unknown name, see its HostVmPrototype::from_module). Tables,
// globals and tags are never provided. A WASI import (a libc function that slipped into the link)
// is the usual way this fails.
#include <wabt/cast.h>

#include "checks.hpp"

namespace rt::tools {

namespace {

std::string qualified(const wabt::Import& import) {
  return import.module_name + "." + import.field_name;
}

const char* kindName(wabt::ExternalKind kind) {
  switch (kind) {
    case wabt::ExternalKind::Func:
      return "function";
    case wabt::ExternalKind::Table:
      return "table";
    case wabt::ExternalKind::Memory:
      return "memory";
    case wabt::ExternalKind::Global:
      return "global";
    case wabt::ExternalKind::Tag:
      return "tag";
  }
  return "item";
}

std::vector<std::string> typeNames(const wabt::TypeVector& types) {
  std::vector<std::string> names;
  for (const auto& t : types) names.push_back(t.GetName());
  return names;
}

void checkFunctionImport(const CheckInput& in, const wabt::FuncImport& import, Violations& out) {
  const wabt::FuncSignature& sig = import.func.decl.sig;
  std::vector<std::string> params = typeNames(sig.param_types);
  std::string result = "void";
  if (sig.result_types.size() == 1) {
    result = sig.result_types[0].GetName();
  } else if (sig.result_types.size() > 1) {  // multi-value: never a host function
    result = "[";
    for (size_t i = 0; i < sig.result_types.size(); ++i) {
      result += (i ? ", " : "") + sig.result_types[i].GetName();
    }
    result += "]";
  }
  std::string signature = formatSignature(params, result);

  const HostFunction* known = in.host_functions.find(import.field_name);
  if (known == nullptr) {
    if (!in.allow_unknown_imports) {
      out.push_back("imports unknown host function " + qualified(import) + " " + signature +
                    " (not in host_functions.def)");
    }
    return;
  }
  if (known->params != params || known->result != result) {
    out.push_back("imports " + qualified(import) + " with signature " + signature +
                  ", but the host function is " + formatSignature(known->params, known->result));
  }
}

}  // namespace

void checkImports(const CheckInput& in, Violations& out) {
  if (!in.host_functions.available()) {
    out.push_back(
        "wasm-check was built without host_functions.def; pass --host-functions FILE.def");
  }
  for (const wabt::Import* import : in.module.imports) {
    if (import->module_name != "env") {
      out.push_back("imports " + std::string(kindName(import->kind())) + " " + qualified(*import) +
                    " from outside module env (hosts provide only env" +
                    (import->module_name.starts_with("wasi") ? "; WASI is not available)" : ")"));
      continue;
    }
    switch (import->kind()) {
      case wabt::ExternalKind::Func:
        checkFunctionImport(in, *wabt::cast<wabt::FuncImport>(import), out);
        break;
      case wabt::ExternalKind::Memory:
        if (import->field_name != "memory") {
          out.push_back("imports its memory as " + qualified(*import) +
                        "; hosts provide it as env.memory");
        }
        break;
      default:
        out.push_back("imports " + std::string(kindName(import->kind())) + " " +
                      qualified(*import) + "; hosts provide only functions and env.memory");
    }
  }
}

}  // namespace rt::tools
