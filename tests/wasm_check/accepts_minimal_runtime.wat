;; SPDX-License-Identifier: Apache-2.0
;; A runtime as wasm-ld + wasm-opt-pass leave it: env.memory, two host functions, the two
;; exports, a table and a data segment. Nothing to report.
;; expect-exit: 0
;; expect-lines: 0
(module
  (import "env" "memory" (memory 17))
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i32) (result i32)))
  (import "env" "ext_allocator_free_version_1" (func $free (param i32)))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (table 1 1 funcref)
  (func $Core_version (export "Core_version") (param i32 i32) (result i64)
    (call $free (call $malloc (i32.const 16)))
    (i64.const 0))
  (data (i32.const 1048576) "\01\02\03\04"))
