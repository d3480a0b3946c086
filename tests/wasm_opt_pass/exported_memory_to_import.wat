;; SPDX-License-Identifier: Apache-2.0
;; wasm-ld without --import-memory: the memory is defined, has a maximum and is exported.
;; It becomes the import env.memory without a maximum; the export goes, the data segment stays.
(module
  (memory $mem 17 32)
  (export "memory" (memory $mem))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (func $Core_version (export "Core_version") (param i32 i32) (result i64)
    (i64.const 0))
  (data (i32.const 1048576) "\01\02\03\04"))
