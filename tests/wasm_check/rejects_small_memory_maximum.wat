;; SPDX-License-Identifier: Apache-2.0
;; A maximum below ceil(__heap_base / 64 KiB) + 2049 pages: smoldot refuses it (17 + 2049 = 2066).
;; expect-exit: 1
;; expect: memory maximum 2065 pages is below ceil(__heap_base / 64 KiB) + 2049 = 2066 pages (smoldot); declare no maximum
;; expect-lines: 1
(module
  (import "env" "memory" (memory 17 2065))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base)))
