;; SPDX-License-Identifier: Apache-2.0
;; runtime_version (printable, so the printer shows it) and runtime_apis (binary: size only).
(module
  (import "env" "memory" (memory $mem 17))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (func $Core_version (export "Core_version") (param i32 i32) (result i64)
    (i64.const 0)))
