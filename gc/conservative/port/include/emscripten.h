/* SPDX-License-Identifier: Apache-2.0 */
/* The two functions of Emscripten's API that bdwgc's EMSCRIPTEN port calls (os_dep.c,
 * GC_get_main_stack_base and GC_default_push_other_roots). This project builds bdwgc for bare
 * wasm32 through that port (gc/conservative/CMakeLists.txt); gc/conservative/port/wasm32.cpp
 * implements both for a wasm-ld module with a shadow stack. Nothing else of Emscripten exists. */
#ifndef RT_GC_PORT_EMSCRIPTEN_H
#define RT_GC_PORT_EMSCRIPTEN_H
#ifdef __cplusplus
extern "C" {
#endif

typedef void (*em_scan_func)(void* begin, void* end);

/* Calls `fn(current stack pointer, stack base)` for the shadow stack (grows down). */
void emscripten_scan_stack(em_scan_func fn);

/* Calls `fn` on every range holding values of wasm locals; empty here: binaryen's
 * --spill-pointers pass already keeps every pointer live across a call on the shadow stack. */
void emscripten_scan_registers(em_scan_func fn);

#ifdef __cplusplus
}
#endif
#endif
