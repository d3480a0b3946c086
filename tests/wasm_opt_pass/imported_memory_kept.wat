;; SPDX-License-Identifier: Apache-2.0
;; wasm-ld --import-memory output: env.memory is already imported without a maximum; kept.
(module
  (import "env" "memory" (memory $mem 17))
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i32) (result i32)))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (func $Core_version (export "Core_version") (param i32 i32) (result i64)
    (i64.const 0))
  (data (i32.const 1048576) "\01\02\03\04"))
