;; SPDX-License-Identifier: Apache-2.0
;; --heap-base-offset 16777216 (16 MiB GC region): the exported __heap_base moves from 1048592 to
;; 17825808 and the initial pages grow from 17 to 273 = ceil(17825808 / 65536). The code keeps the
;; linker's constant 1048592.
(module
  (import "env" "memory" (memory $mem 17))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base))
  (func $gc_region_start (export "gc_region_start") (result i32)
    (i32.const 1048592)))
