// SPDX-License-Identifier: Apache-2.0
// Check: the module uses no post-MVP feature.
//
// Polkadot hosts compile runtimes with every post-MVP proposal off (wasmi in smoldot, wasmtime
// configured for MVP in Substrate), so one i32.extend8_s makes the runtime unloadable. wabt's
// binary reader walks the module with every feature enabled and calls back here for each opcode,
// type, table, memory and segment; anything an all-features-off wabt would not accept is
// reported, named by the LLVM target feature that produced it (`-mno-<feature>` removes it).
// Opcode uses are grouped: one line per distinct opcode with its count and first function.
#include <wabt/binary-reader-nop.h>
#include <wabt/binary-reader.h>
#include <wabt/feature.h>
#include <wabt/opcode.h>

#include <map>
#include <set>

#include "checks.hpp"

namespace rt::tools {

namespace {

using wabt::Index;
using wabt::Opcode;
using wabt::Result;
using wabt::Type;

/// A post-MVP proposal: how to enable it in wabt, and LLVM's name for it.
struct Proposal {
  void (wabt::Features::*enable)();
  const char* name;
};

// Base proposals first: enabling some in wabt also enables what they build on.
constexpr Proposal kProposals[] = {
    {&wabt::Features::enable_sign_extension, "sign-ext"},
    {&wabt::Features::enable_sat_float_to_int, "nontrapping-fptoint"},
    {&wabt::Features::enable_bulk_memory, "bulk-memory"},
    {&wabt::Features::enable_multi_value, "multivalue"},
    {&wabt::Features::enable_mutable_globals, "mutable-globals"},
    {&wabt::Features::enable_simd, "simd128"},
    {&wabt::Features::enable_threads, "atomics"},
    {&wabt::Features::enable_tail_call, "tail-call"},
    {&wabt::Features::enable_reference_types, "reference-types"},
    {&wabt::Features::enable_exceptions, "exception-handling"},
    {&wabt::Features::enable_extended_const, "extended-const"},
    {&wabt::Features::enable_relaxed_simd, "relaxed-simd"},
    {&wabt::Features::enable_memory64, "memory64"},
    {&wabt::Features::enable_multi_memory, "multimemory"},
    {&wabt::Features::enable_function_references, "function-references"},
    {&wabt::Features::enable_gc, "gc"},
};

/// wabt with every feature off: the MVP.
wabt::Features mvpFeatures() {
  wabt::Features f;
#define WABT_FEATURE(variable, flag, default_, help) f.disable_##variable();
#include "wabt/feature.def"
#undef WABT_FEATURE
  return f;
}

/// The proposal that introduced `opcode` (the first one that alone enables it).
const char* proposalOf(Opcode opcode) {
  for (const Proposal& p : kProposals) {
    wabt::Features f = mvpFeatures();
    (f.*p.enable)();
    if (opcode.IsEnabled(f)) return p.name;
  }
  return "post-MVP";
}

/// The proposal that introduced a value type, or nullptr for the MVP's i32/i64/f32/f64.
const char* proposalOfType(Type type) {
  switch (type) {
    case Type::I32:
    case Type::I64:
    case Type::F32:
    case Type::F64:
      return nullptr;
    case Type::V128:
      return "simd128";
    case Type::FuncRef:
    case Type::ExternRef:
      return "reference-types";
    default:
      return "post-MVP";
  }
}

bool isConstantInstruction(Opcode opcode) {
  return opcode == Opcode::I32Const || opcode == Opcode::I64Const || opcode == Opcode::F32Const ||
         opcode == Opcode::F64Const || opcode == Opcode::GlobalGet || opcode == Opcode::End;
}

/// Uses of one kind of post-MVP construct in code.
struct Uses {
  std::string what;             ///< e.g. "opcode i32.extend8_s (sign-ext)"
  uint64_t count = 0;           ///< number of uses
  std::set<std::string> where;  ///< distinct places (functions, initializers)
  std::string first;            ///< the first place
};

/// Receives wabt's callbacks for the whole module and collects findings.
class FeatureScanner : public wabt::BinaryReaderNop {
 public:
  explicit FeatureScanner(const wabt::Module& module) : module_(module), mvp_(mvpFeatures()) {}

  /// The findings, in a stable order: module-level ones first, then grouped code uses.
  Violations findings() const {
    Violations out = module_level_;
    for (const auto& [key, uses] : code_uses_) {
      std::string line = "uses post-MVP " + uses.what + ": " + std::to_string(uses.count) +
                         (uses.count == 1 ? " use in " : " uses in ");
      if (uses.where.size() == 1) {
        line += uses.first;
      } else {
        line += std::to_string(uses.where.size()) + " places, first in " + uses.first;
      }
      out.push_back(std::move(line));
    }
    return out;
  }

  // --- types ---
  Result OnFuncType(Index index, Index param_count, Type* param_types, Index result_count,
                    Type* result_types) override {
    if (result_count > 1) {
      add("type " + std::to_string(index) + " returns " + std::to_string(result_count) +
          " values (multivalue)");
    }
    for (Index i = 0; i < param_count; ++i) {
      checkType(param_types[i], "type " + std::to_string(index) + " parameter");
    }
    for (Index i = 0; i < result_count; ++i) {
      checkType(result_types[i], "type " + std::to_string(index) + " result");
    }
    return Result::Ok;
  }

  // --- tables and memories ---
  Result OnImportTable(Index, std::string_view, std::string_view, Index, Type elem_type,
                       const wabt::Limits*) override {
    return onTable(elem_type);
  }
  Result OnTable(Index, Type elem_type, const wabt::Limits*) override { return onTable(elem_type); }
  Result OnImportMemory(Index, std::string_view, std::string_view, Index,
                        const wabt::Limits* limits) override {
    return onMemory(*limits);
  }
  Result OnMemory(Index, const wabt::Limits* limits) override { return onMemory(*limits); }

  // --- globals, tags, data count ---
  Result BeginGlobal(Index index, Type type, bool) override {
    checkType(type, "global " + std::to_string(index));
    return Result::Ok;
  }
  Result OnImportTag(Index, std::string_view, std::string_view, Index, Index) override {
    return onTag();
  }
  Result OnTagCount(Index count) override {
    if (count > 0) return onTag();
    return Result::Ok;
  }
  Result OnDataCount(Index) override {
    add("has a data count section (bulk-memory)");
    return Result::Ok;
  }

  // --- segments ---
  Result BeginElemSegment(Index index, Index, uint8_t flags) override {
    if (flags != 0) {
      add("element segment " + std::to_string(index) + " uses the post-MVP encoding (flags " +
          std::to_string(flags) + ", bulk-memory / reference-types)");
    }
    return Result::Ok;
  }
  Result BeginDataSegment(Index index, Index, uint8_t flags) override {
    if (flags & 1) {
      add("data segment " + std::to_string(index) + " is passive (bulk-memory)");
    } else if (flags != 0) {
      add("data segment " + std::to_string(index) +
          " uses the explicit memory index encoding (bulk-memory)");
    }
    return Result::Ok;
  }

  // --- where code is ---
  Result BeginGlobalInitExpr(Index index) override {
    return enter("the initializer of global " + std::to_string(index), true);
  }
  Result BeginElemSegmentInitExpr(Index index) override {
    return enter("the offset of element segment " + std::to_string(index), true);
  }
  Result BeginDataSegmentInitExpr(Index index) override {
    return enter("the offset of data segment " + std::to_string(index), true);
  }
  Result EndGlobalInitExpr(Index) override { return leave(); }
  Result EndElemSegmentInitExpr(Index) override { return leave(); }
  Result EndDataSegmentInitExpr(Index) override { return leave(); }
  Result BeginFunctionBody(Index index, wabt::Offset) override {
    return enter(describeFunction(module_, index), false);
  }
  Result EndFunctionBody(Index) override { return leave(); }

  // --- code ---
  Result OnLocalDecl(Index, Index, Type type) override {
    if (const char* proposal = proposalOfType(type)) {
      use("local of type " + type.GetName() + " (" + proposal + ")");
    }
    return Result::Ok;
  }
  Result OnOpcode(Opcode opcode) override {
    if (!opcode.IsEnabled(mvp_)) {
      std::string name = opcode.GetName();
      if (opcode == Opcode::SelectT) name = "select with a type (0x1c)";
      use("opcode " + name + " (" + proposalOf(opcode) + ")");
    } else if (in_init_expr_ && !isConstantInstruction(opcode)) {
      use(std::string("opcode ") + opcode.GetName() + " in a constant expression (extended-const)");
    }
    return Result::Ok;
  }
  Result OnBlockExpr(Type sig) override { return blockType(sig); }
  Result OnLoopExpr(Type sig) override { return blockType(sig); }
  Result OnIfExpr(Type sig) override { return blockType(sig); }
  Result OnTryExpr(Type sig) override { return blockType(sig); }

 private:
  void add(std::string violation) { module_level_.push_back(std::move(violation)); }

  void checkType(Type type, const std::string& what) {
    if (const char* proposal = proposalOfType(type)) {
      add(what + " has type " + type.GetName() + " (" + proposal + ")");
    }
  }

  Result onTable(Type elem_type) {
    if (++tables_ == 2) add("has more than one table (reference-types)");
    if (elem_type != Type::FuncRef) {
      add("has a table of " + elem_type.GetName() + " (reference-types)");
    }
    return Result::Ok;
  }

  Result onMemory(const wabt::Limits& limits) {
    if (++memories_ == 2) add("has more than one memory (multimemory)");
    if (limits.is_shared) add("has a shared memory (atomics)");
    if (limits.is_64) add("has a 64-bit memory (memory64)");
    return Result::Ok;
  }

  Result onTag() {
    if (!tags_reported_) add("has exception tags (exception-handling)");
    tags_reported_ = true;
    return Result::Ok;
  }

  Result enter(std::string where, bool init_expr) {
    where_ = std::move(where);
    in_init_expr_ = init_expr;
    return Result::Ok;
  }
  Result leave() {
    where_.clear();
    in_init_expr_ = false;
    return Result::Ok;
  }

  Result blockType(Type sig) {
    if (sig.IsIndex()) use("block type (a type index) (multivalue)");
    return Result::Ok;
  }

  void use(const std::string& what) {
    Uses& u = code_uses_[what];
    if (u.count++ == 0) {
      u.what = what;
      u.first = where_;
    }
    u.where.insert(where_);
  }

  const wabt::Module& module_;
  wabt::Features mvp_;
  Violations module_level_;
  std::map<std::string, Uses> code_uses_;
  std::string where_;
  bool in_init_expr_ = false;
  int tables_ = 0;
  int memories_ = 0;
  bool tags_reported_ = false;
};

}  // namespace

void checkFeatures(const CheckInput& in, Violations& out) {
  FeatureScanner scanner(in.module);
  wabt::Features all;
  all.EnableAll();
  wabt::ReadBinaryOptions options(all, nullptr, /*read_debug_names=*/false,
                                  /*stop_on_first_error=*/true,
                                  /*fail_on_custom_section_error=*/false);
  // The module was already read into IR with the same options, so this read succeeds.
  wabt::Result read = wabt::ReadBinary(in.bytes.data(), in.bytes.size(), &scanner, options);
  if (wabt::Failed(read)) out.push_back("could not scan the code for post-MVP opcodes");
  for (auto& v : scanner.findings()) out.push_back(std::move(v));
}

}  // namespace rt::tools
