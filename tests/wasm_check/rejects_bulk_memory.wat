;; SPDX-License-Identifier: Apache-2.0
;; memory.copy / memory.fill come from -mbulk-memory (clang lowers memcpy to them).
;; expect-exit: 1
;; expect: uses post-MVP opcode memory.copy (bulk-memory)
;; expect: uses post-MVP opcode memory.fill (bulk-memory)
;; expect-lines: 2
(module
  (import "env" "memory" (memory 17))
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i32) (result i32)))
  (import "env" "ext_allocator_free_version_1" (func $free (param i32)))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (func $copy (param i32 i32 i32)
    (memory.copy (local.get 0) (local.get 1) (local.get 2))
    (memory.fill (local.get 0) (i32.const 0) (local.get 2))))
