;; SPDX-License-Identifier: Apache-2.0
;; A spec'd name with another signature: hosts reject it like an unknown name.
;; expect-exit: 1
;; expect: imports env.ext_allocator_malloc_version_1 with signature (i64) -> i32, but the host function is (i32) -> i32
;; expect-lines: 1
(module
  (import "env" "memory" (memory 17))
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i64) (result i32)))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base)))
