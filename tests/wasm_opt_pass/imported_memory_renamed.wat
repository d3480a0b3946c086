;; SPDX-License-Identifier: Apache-2.0
;; A memory imported under another name and with a maximum becomes env.memory without one.
(module
  (import "js" "mem" (memory $mem 17 20))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (func $Core_version (export "Core_version") (param i32 i32) (result i64)
    (i64.const 0)))
