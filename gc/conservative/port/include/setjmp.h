/* SPDX-License-Identifier: Apache-2.0 */
/* wasi-libc has no <setjmp.h> (wasm MVP cannot unwind). bdwgc's gc_priv.h includes it for a
 * jmp_buf member that only its fault-probing paths use (GC_find_limit, off in this port), so
 * the type suffices; nothing defines or calls setjmp/longjmp in the wasm build. */
#ifndef RT_GC_PORT_SETJMP_H
#define RT_GC_PORT_SETJMP_H
typedef long jmp_buf[1];
int setjmp(jmp_buf env);
_Noreturn void longjmp(jmp_buf env, int value);
#endif
