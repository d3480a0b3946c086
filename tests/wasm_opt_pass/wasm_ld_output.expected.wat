(module
 (type $i32_=>_i32 (func (param i32) (result i32)))
 (type $i32_i32_=>_i64 (func (param i32 i32) (result i64)))
 (import "env" "memory" (memory $mimport$0 273))
 (data (i32.const 1048576) "\01\02\03\04")
 (import "env" "ext_allocator_malloc_version_1" (func $fimport$0 (param i32) (result i32)))
 (global $global$0 (mut i32) (i32.const 1048576))
 (global $global$1 i32 (i32.const 1048580))
 (global $global$2 i32 (i32.const 17825808))
 (table $0 1 1 funcref)
 (export "Core_version" (func $0))
 (export "__data_end" (global $global$1))
 (export "__heap_base" (global $global$2))
 (func $0 (param $0 i32) (param $1 i32) (result i64)
  (local $2 i32)
  (i32.store align=1
   (local.tee $2
    (call $fimport$0
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
 ;; custom section "runtime_version", size 18, contents: "runtime-version:v2"
)
