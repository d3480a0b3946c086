// SPDX-License-Identifier: Apache-2.0
// Check: the memory is imported, and a declared maximum leaves room for the host's heap.
//
// Hosts create the memory and hand it in as env.memory; a module that defines its own memory
// (linked without --import-memory) does not load. Smoldot then needs ceil(__heap_base / 64 KiB)
// + heap pages of it and rejects a smaller declared maximum (see kSmoldotExtraPages). Whether the
// import is named env.memory is check_imports' business.
#include "checks.hpp"

namespace rt::tools {

void checkMemory(const CheckInput& in, Violations& out) {
  const wabt::Module& m = in.module;
  if (m.memories.empty()) {
    out.push_back("has no memory; it must import env.memory (link with --import-memory)");
    return;
  }
  if (m.num_memory_imports == 0) {
    out.push_back("defines its memory instead of importing env.memory (link with --import-memory)");
  }
  const wabt::Limits& limits = m.memories[0]->page_limits;
  if (!limits.has_max) return;
  std::optional<uint32_t> heap_base = exportedConstant(m, "__heap_base");
  if (!heap_base) return;  // reported by check_exports
  uint64_t needed = (uint64_t{*heap_base} + 65535) / 65536 + kSmoldotExtraPages;
  if (limits.max < needed) {
    out.push_back("memory maximum " + std::to_string(limits.max) +
                  " pages is below ceil(__heap_base / 64 KiB) + " +
                  std::to_string(kSmoldotExtraPages) + " = " + std::to_string(needed) +
                  " pages (smoldot); declare no maximum");
  }
}

}  // namespace rt::tools
