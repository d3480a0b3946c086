;; SPDX-License-Identifier: Apache-2.0
;; --allow-unknown-imports accepts env functions missing from the list (not other modules).
;; args: --allow-unknown-imports
;; expect-exit: 0
;; expect-lines: 0
(module
  (import "env" "memory" (memory 17))
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i32) (result i32)))
  (import "env" "ext_allocator_free_version_1" (func $free (param i32)))
  (import "env" "ext_made_up_version_1" (func $made_up (param i32) (result i64)))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base)))
