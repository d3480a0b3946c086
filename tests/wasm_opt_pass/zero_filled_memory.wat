;; SPDX-License-Identifier: Apache-2.0
;; --zero-filled-memory: zero bytes of active data segments are dropped (hosts give each instance
;; a fresh, zeroed memory). Segment "a" loses its leading and trailing zeros; "b" is split at its
;; run of 20 zeros (>= 16) but keeps its run of 3; the .bss-like "c" (all zeros) disappears.
(module
  (import "env" "memory" (memory $mem 17))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048700))
  (global $__heap_base i32 (i32.const 1048704))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (data $a (i32.const 1048576) "\00\00\00abc\00\00")
  (data $b (i32.const 1048600) "xy\00\00\00z\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00w")
  (data $c (i32.const 1048640) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
  (data $d (i32.const 1048690) "\00\00q"))
