;; SPDX-License-Identifier: Apache-2.0
;; i32.add in a global initializer is the extended-const proposal.
;; expect-exit: 1
;; expect: uses post-MVP opcode i32.add in a constant expression (extended-const): 1 use in the initializer of global 3
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
  (global $sum i32 (i32.add (i32.const 1) (i32.const 2))))
