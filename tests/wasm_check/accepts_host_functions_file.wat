;; SPDX-License-Identifier: Apache-2.0
;; --host-functions replaces the compiled-in list with a .def file read at run time.
;; args: --host-functions host_functions_test.def
;; expect-exit: 0
;; expect-lines: 0
(module
  (import "env" "memory" (memory 17))
  (import "env" "ext_test_only_version_1" (func $t (param i32 i64) (result i64)))
  (import "env" "ext_test_nothing_version_1" (func $n))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base)))
