;; SPDX-License-Identifier: Apache-2.0
;; Hosts provide only functions and env.memory: no globals, no tables, no other memory name.
;; expect-exit: 1
;; expect: imports global env.some_global; hosts provide only functions and env.memory
;; expect: imports table env.table; hosts provide only functions and env.memory
;; expect: imports its memory as env.mem; hosts provide it as env.memory
;; expect-lines: 3
(module
  (import "env" "mem" (memory 17))
  (import "env" "some_global" (global i32))
  (import "env" "table" (table 1 funcref))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base)))
