// SPDX-License-Identifier: Apache-2.0
// The conservative backend's platform seam: where bdwgc's memory and roots come from.
//   wasm32  port/wasm32.cpp: the GC region between the linker's and the exported __heap_base;
//           static roots = data and bss; stack = the shadow stack.
//   native  port/native.cpp: bdwgc's own Linux port (mmap'd heap, roots found by GC_init).
#pragma once

#include <cstdint>

namespace rt::gc::conservative {

/// The GC region, as addresses. Natively there is no fixed region: begin = end = 0 and
/// high_water is the heap bdwgc obtained from the OS.
struct Region {
  uintptr_t begin = 0;
  uintptr_t end = 0;
  uint64_t high_water = 0;  ///< bytes handed to bdwgc so far (the region's high-water mark)
};

/// The region and how much of it bdwgc has taken.
Region region();

/// Registers the static roots bdwgc cannot find itself (wasm32: data and bss), with `add`
/// (GC_add_roots). Natively nothing: GC_init finds the data segments.
void platformStaticRoots(void (*add)(void* begin, void* end));

}  // namespace rt::gc::conservative
