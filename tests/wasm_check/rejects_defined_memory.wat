;; SPDX-License-Identifier: Apache-2.0
;; Linked without --import-memory: the module defines (and exports) its own memory.
;; expect-exit: 1
;; expect: defines its memory instead of importing env.memory (link with --import-memory)
;; expect-lines: 1
(module
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i32) (result i32)))
  (memory (export "memory") 17)
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base)))
