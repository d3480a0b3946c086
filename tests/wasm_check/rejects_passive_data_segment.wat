;; SPDX-License-Identifier: Apache-2.0
;; A passive segment (and memory.init / data.drop, which need a data count section).
;; expect-exit: 1
;; expect: data segment 0 is passive (bulk-memory)
;; expect: has a data count section (bulk-memory)
;; expect: uses post-MVP opcode memory.init (bulk-memory)
;; expect: uses post-MVP opcode data.drop (bulk-memory)
(module
  (import "env" "memory" (memory 17))
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i32) (result i32)))
  (import "env" "ext_allocator_free_version_1" (func $free (param i32)))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (data $d "abc")
  (func $init (memory.init $d (i32.const 0) (i32.const 0) (i32.const 3)) (data.drop $d)))
