;; SPDX-License-Identifier: Apache-2.0
;; i32.extend8_s is sign-ext, not MVP: the validator reports it and the pass fails.
(module
  (import "env" "memory" (memory $mem 17))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (func $narrow (param i32) (result i32)
    (i32.extend8_s (local.get 0))))
