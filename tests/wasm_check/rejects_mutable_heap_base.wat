;; SPDX-License-Identifier: Apache-2.0
;; __heap_base exported as a mutable global.
;; expect-exit: 1
;; expect: export __heap_base is a mutable global (hosts need an immutable i32; mutable-globals)
;; expect-lines: 1
(module
  (import "env" "memory" (memory 17))
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i32) (result i32)))
  (import "env" "ext_allocator_free_version_1" (func $free (param i32)))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base (mut i32) (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base)))
