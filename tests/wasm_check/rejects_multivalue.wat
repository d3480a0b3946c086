;; SPDX-License-Identifier: Apache-2.0
;; Multi-value results and block types (-mmultivalue).
;; expect-exit: 1
;; expect: type 2 returns 2 values (multivalue)
;; expect: uses post-MVP block type (a type index) (multivalue): 1 use in function 3 ($use)
(module
  (import "env" "memory" (memory 17))
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i32) (result i32)))
  (import "env" "ext_allocator_free_version_1" (func $free (param i32)))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (func $pair (result i32 i32) (i32.const 1) (i32.const 2))
  (func $use (result i32) (block (result i32 i32) (call $pair)) (drop)))
