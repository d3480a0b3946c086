;; SPDX-License-Identifier: Apache-2.0
;; Real wasm-ld-19 output (--no-entry --import-memory --export=__heap_base --export=__data_end
;; -z stack-size=1048576 --stack-first), disassembled by wasm-dis, through the release pipeline:
;; GC region, runtime_version section, strip.
(module $a2.wasm
 (type $i32_=>_i32 (func (param i32) (result i32)))
 (type $i32_i32_=>_i64 (func (param i32 i32) (result i64)))
 (import "env" "memory" (memory $mimport$0 17))
 (data $.custom_section.runtime_version (i32.const 1048576) "\01\02\03\04")
 (import "env" "ext_allocator_malloc_version_1" (func $ext_allocator_malloc_version_1 (param i32) (result i32)))
 (global $__stack_pointer (mut i32) (i32.const 1048576))
 (global $global$1 i32 (i32.const 1048580))
 (global $global$2 i32 (i32.const 1048592))
 (table $0 1 1 funcref)
 (export "Core_version" (func $Core_version))
 (export "__data_end" (global $global$1))
 (export "__heap_base" (global $global$2))
 (func $Core_version (param $0 i32) (param $1 i32) (result i64)
  (local $2 i32)
  (i32.store align=1
   (local.tee $2
    (call $ext_allocator_malloc_version_1
     (i32.const 4)
    )
   )
   (i32.const 67305985)
  )
  (i32.store8
   (local.get $2)
   (local.get $1)
  )
  (i64.or
   (i64.extend_i32_u
    (local.get $2)
   )
   (i64.const 17179869184)
  )
 )
)

