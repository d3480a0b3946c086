;; SPDX-License-Identifier: Apache-2.0
;; Invalid in any engine: wabt's validator (all features on) reports the type error.
;; wat2wasm-args: --no-check
;; expect-exit: 1
;; expect: invalid module: type mismatch in implicit return, expected [i32] but got [i64]
;; expect-lines: 1
(module
  (import "env" "memory" (memory 17))
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i32) (result i32)))
  (import "env" "ext_allocator_free_version_1" (func $free (param i32)))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (func $bad (result i32) (i64.const 1)))
