/* SPDX-License-Identifier: Apache-2.0 */
/* One figure bdwgc keeps privately: bytes found reachable by the last collection (the sum its
 * GC_finish_collection logs as "composite" + "atomic" in use, computed by GC_reclaim_block).
 * Compiled with bdwgc's own flags so that gc_priv.h sees the same configuration. */
#include "private/gc_priv.h"

size_t rt_bdwgc_marked_bytes(void) { return (size_t)(GC_composite_in_use + GC_atomic_in_use); }
