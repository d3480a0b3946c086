;; SPDX-License-Identifier: Apache-2.0
;; clang emits i32.extend8_s unless built with -mno-sign-ext (on by default since LLVM 16).
;; expect-exit: 1
;; expect: uses post-MVP opcode i32.extend8_s (sign-ext): 2 uses in function 2
;; expect: uses post-MVP opcode i64.extend32_s (sign-ext)
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
  (func $narrow (param i32 i64) (result i64)
    (drop (i32.extend8_s (i32.extend8_s (local.get 0))))
    (i64.extend32_s (local.get 1))))
