/* SPDX-License-Identifier: Apache-2.0 */
/* Force-included into bdwgc's translation unit on wasm32 (gc/conservative/CMakeLists.txt), for
 * the configuration a -D flag cannot carry. */
#ifndef RT_GC_PORT_BDWGC_WASM32_H
#define RT_GC_PORT_BDWGC_WASM32_H

/* GC_page_size: the granule platform_get_mem() hands out (port/wasm32.cpp, kPage). wasi-libc
 * declares no getpagesize(), and wasm's own 64 KiB page is memory.grow's unit, not ours. */
#define GETPAGESIZE() 4096

#endif
