;; SPDX-License-Identifier: Apache-2.0
;; Linked without --export=__heap_base: hosts cannot place their allocator.
;; expect-exit: 1
;; expect: missing export __heap_base (link with --export=__heap_base)
;; expect-lines: 1
(module
  (import "env" "memory" (memory 17))
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i32) (result i32)))
  (import "env" "ext_allocator_free_version_1" (func $free (param i32)))
  (global $__data_end i32 (i32.const 1048580))
  (export "__data_end" (global $__data_end)))
