;; SPDX-License-Identifier: Apache-2.0
;; Several problems at once: each gets its own line, nothing stops at the first.
;; expect-exit: 1
;; expect: uses post-MVP opcode i32.extend16_s (sign-ext)
;; expect: imports function wasi_snapshot_preview1.proc_exit from outside module env
;; expect: defines its memory instead of importing env.memory
;; expect: missing export __heap_base
;; expect: missing export __data_end
;; expect: has a start section
;; expect-lines: 6
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 2)
  (func $main (drop (i32.extend16_s (i32.const 7))))
  (start $main))
