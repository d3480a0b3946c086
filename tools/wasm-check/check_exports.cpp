// SPDX-License-Identifier: Apache-2.0
// Check: the exports hosts read, and what they must not find.
//
// Hosts read `__heap_base` (where their allocator starts) and tools read `__data_end` from
// exported immutable i32 globals with constant values. Exporting a mutable global needs the
// mutable-globals proposal, and a start section would run code at instantiation, which hosts
// refuse. Also home of the helpers other checks use to read exported constants and name
// functions.
#include <wabt/cast.h>

#include "checks.hpp"

namespace rt::tools {

namespace {

constexpr const char* kRequiredExports[] = {"__heap_base", "__data_end"};

/// Why the export `name` is not a usable constant, or "" when it is.
std::string constantProblem(const wabt::Module& m, const wabt::Export& e) {
  if (e.kind != wabt::ExternalKind::Global) return "is not a global";
  const wabt::Global* g = m.GetGlobal(e.var);
  if (g == nullptr) return "names a global that does not exist";
  if (m.IsImport(e)) return "re-exports an imported global";
  if (g->mutable_) return "is a mutable global (hosts need an immutable i32; mutable-globals)";
  if (g->type != wabt::Type::I32) return "is a global of type " + g->type.GetName() + ", not i32";
  if (g->init_expr.size() != 1 || g->init_expr.front().type() != wabt::ExprType::Const) {
    return "is not initialised by i32.const";
  }
  return "";
}

}  // namespace

std::optional<uint32_t> exportedConstant(const wabt::Module& module, std::string_view name) {
  const wabt::Export* e = module.GetExport(name);
  if (e == nullptr || !constantProblem(module, *e).empty()) return std::nullopt;
  const wabt::Global* g = module.GetGlobal(e->var);
  return wabt::cast<wabt::ConstExpr>(&g->init_expr.front())->const_.u32();
}

std::string describeFunction(const wabt::Module& module, wabt::Index index) {
  std::string s = "function " + std::to_string(index);
  if (index < module.funcs.size() && !module.funcs[index]->name.empty()) {
    s += " (" + module.funcs[index]->name + ")";
  }
  return s;
}

void checkExports(const CheckInput& in, Violations& out) {
  const wabt::Module& m = in.module;
  for (const char* name : kRequiredExports) {
    const wabt::Export* e = m.GetExport(name);
    if (e == nullptr) {
      out.push_back(std::string("missing export ") + name + " (link with --export=" + name + ")");
    } else if (std::string why = constantProblem(m, *e); !why.empty()) {
      out.push_back(std::string("export ") + name + " " + why);
    }
  }
  for (const wabt::Export* e : m.exports) {
    if (e->kind != wabt::ExternalKind::Global) continue;
    if (e->name == "__heap_base" || e->name == "__data_end") continue;  // reported above
    const wabt::Global* g = m.GetGlobal(e->var);
    if (g != nullptr && g->mutable_) {
      out.push_back("exports mutable global \"" + e->name + "\" (mutable-globals)");
    }
  }
  for (const wabt::Var* start : m.starts) {
    out.push_back("has a start section (" + describeFunction(m, m.GetFuncIndex(*start)) +
                  "); hosts refuse modules that run code at instantiation");
  }
}

}  // namespace rt::tools
