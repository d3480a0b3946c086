;; SPDX-License-Identifier: Apache-2.0
;; A maximum of exactly ceil(__heap_base / 64 KiB) + 2049 pages is accepted.
;; expect-exit: 0
;; expect-lines: 0
(module
  (import "env" "memory" (memory 17 2066))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base)))
