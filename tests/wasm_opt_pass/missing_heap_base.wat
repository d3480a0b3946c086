;; SPDX-License-Identifier: Apache-2.0
;; Linked without --export=__heap_base and without a name for it: the pass fails.
(module
  (import "env" "memory" (memory $mem 17))
  (global $__data_end i32 (i32.const 1048580))
  (export "__data_end" (global $__data_end))
  (func $Core_version (export "Core_version") (param i32 i32) (result i64)
    (i64.const 0)))
