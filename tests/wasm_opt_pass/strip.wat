;; SPDX-License-Identifier: Apache-2.0
;; --strip: the name section goes (names print as Binaryen's defaults), and so do producers and
;; .debug_info (added by the .pre.args step); runtime_apis from the input and runtime_version added
;; in this run stay.
(module
  (import "env" "memory" (memory $mem 17))
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i32) (result i32)))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (func $Core_version (export "Core_version") (param $data i32) (param $len i32) (result i64)
    (drop (call $malloc (local.get $len)))
    (i64.const 0)))
