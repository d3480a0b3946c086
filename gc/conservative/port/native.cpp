// SPDX-License-Identifier: Apache-2.0
// bdwgc's platform natively: its own Linux port finds the data segments and the stack, and maps
// its heap itself; only the heap size is reported, for region_high_water.
#include <gc.h>

#include "gc/conservative/platform.hpp"

namespace rt::gc::conservative {

Region region() { return Region{.high_water = GC_get_heap_size()}; }

void platformStaticRoots(void (*)(void*, void*)) {}

}  // namespace rt::gc::conservative
