(module
 (type $i32_=>_i32 (func (param i32) (result i32)))
 (type $i32_i32_=>_i64 (func (param i32 i32) (result i64)))
 (import "env" "memory" (memory $mimport$0 17))
 (import "env" "ext_allocator_malloc_version_1" (func $fimport$0 (param i32) (result i32)))
 (global $global$0 (mut i32) (i32.const 1048576))
 (global $global$1 i32 (i32.const 1048580))
 (global $global$2 i32 (i32.const 1048592))
 (export "__data_end" (global $global$1))
 (export "__heap_base" (global $global$2))
 (export "Core_version" (func $0))
 (func $0 (param $0 i32) (param $1 i32) (result i64)
  (drop
   (call $fimport$0
    (local.get $1)
   )
  )
  (i64.const 0)
 )
 ;; custom section "runtime_apis", size 12
 ;; custom section "runtime_version", size 18, contents: "runtime-version:v2"
)
