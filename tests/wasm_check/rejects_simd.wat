;; SPDX-License-Identifier: Apache-2.0
;; SIMD (-msimd128): a v128 local and v128 opcodes.
;; expect-exit: 1
;; expect: local of type v128 (simd128)
;; expect: uses post-MVP opcode v128.const (simd128)
;; expect: uses post-MVP opcode i32x4.add (simd128)
(module
  (import "env" "memory" (memory 17))
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i32) (result i32)))
  (import "env" "ext_allocator_free_version_1" (func $free (param i32)))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (func $vec (local v128)
    (local.set 0 (i32x4.add (v128.const i32x4 1 2 3 4) (local.get 0)))))
