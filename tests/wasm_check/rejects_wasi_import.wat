;; SPDX-License-Identifier: Apache-2.0
;; A libc function that slipped into the link as a WASI import.
;; expect-exit: 1
;; expect: imports function wasi_snapshot_preview1.fd_write from outside module env (hosts provide only env; WASI is not available)
;; expect-lines: 1
(module
  (import "env" "memory" (memory 17))
  (import "env" "ext_allocator_malloc_version_1" (func $malloc (param i32) (result i32)))
  (import "env" "ext_allocator_free_version_1" (func $free (param i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (global $__data_end i32 (i32.const 1048580))
  (global $__heap_base i32 (i32.const 1048592))
  (export "__data_end" (global $__data_end))
  (export "__heap_base" (global $__heap_base)))
