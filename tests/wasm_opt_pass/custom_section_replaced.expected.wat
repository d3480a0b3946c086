(module
 (type $i32_i32_=>_i64 (func (param i32 i32) (result i64)))
 (import "env" "memory" (memory $mem 17))
 (global $__stack_pointer (mut i32) (i32.const 1048576))
 (global $__data_end i32 (i32.const 1048580))
 (global $__heap_base i32 (i32.const 1048592))
 (export "__data_end" (global $__data_end))
 (export "__heap_base" (global $__heap_base))
 (export "Core_version" (func $Core_version))
 (func $Core_version (param $0 i32) (param $1 i32) (result i64)
  (i64.const 0)
 )
 ;; custom section "runtime_version", size 18, contents: "runtime-version:v2"
)
