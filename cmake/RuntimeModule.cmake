# SPDX-License-Identifier: Apache-2.0
# rt_add_runtime_module(): one wasm32 runtime module and its post-link pipeline. Used for
# build/runtime-<gc>.wasm (runtime/) and for the bench-only modules (bench/), so every module a
# host runs went through the same checks:
#
#   wasm-ld
#   -> [conservative] binaryen >= 109 (npm) --flatten --spill-pointers -O2 --mvp-features: every
#      i32 live across a call is also kept in the shadow-stack frame, where bdwgc's scan sees it
#   -> tools/wasm-opt-pass: env.memory import, immutable __heap_base/__data_end, the GC region
#      (conservative: __heap_base moved up by RT_GC_REGION_SIZE), version sections, MVP, zero
#      bytes of data segments dropped (bss; hosts give each instance a fresh, zeroed memory), strip
#   -> tools/wasm-check: import allow-list and host rules
#   -> wasm-validate with every post-MVP feature off
#   -> zstd compact.compressed form
#
#   rt_add_runtime_module(<target> ARTIFACT <dir>/<basename> GC_LIBRARY <lib> [REGION_SIZE <bytes>]
#                         SOURCES <src>...)
# REGION_SIZE (conservative): the GC library's region, RT_GC_REGION_SIZE unless given.
# writes <dir>/<basename>.wasm and <dir>/<basename>.compact.compressed.wasm.
find_program(RT_WASM_VALIDATE wasm-validate REQUIRED)
find_program(RT_NODE node REQUIRED)
find_program(RT_LLVM_OBJCOPY NAMES llvm-objcopy-19 llvm-objcopy HINTS "$ENV{WASI_SDK_PATH}/bin" REQUIRED)
set(RT_BINARYEN_WASM_OPT "${PROJECT_SOURCE_DIR}/node_modules/binaryen/bin/wasm-opt" CACHE FILEPATH
    "binaryen >= 109 wasm-opt (npm package `binaryen`; Debian's 108 lacks --spill-pointers)")

function(rt_add_runtime_module target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "ARTIFACT;GC_LIBRARY;REGION_SIZE" "SOURCES")
  if(NOT arg_REGION_SIZE)
    set(arg_REGION_SIZE ${RT_GC_REGION_SIZE})
  endif()
  if(RT_NATIVE_TOOLS_DIR STREQUAL "")
    message(FATAL_ERROR "RT_NATIVE_TOOLS_DIR must point at the native build's bin/ (use `make build`)")
  endif()
  # Objects, not archive members: every entry point's export must survive linking.
  add_executable(${target} ${arg_SOURCES} $<TARGET_OBJECTS:rt_runtime> $<TARGET_OBJECTS:rt_runtime_version>
                 $<TARGET_OBJECTS:rt_pallets> $<TARGET_OBJECTS:rt_runtime_wasm>)
  set_target_properties(${target} PROPERTIES SUFFIX ".wasm")
  target_link_libraries(${target} PRIVATE rt_runtime rt_runtime_wasm ${arg_GC_LIBRARY})

  set(tools ${RT_NATIVE_TOOLS_DIR})
  set(work ${CMAKE_CURRENT_BINARY_DIR}/${target}.post)
  set(linked $<TARGET_FILE:${target}>)
  set(sections ${work}/sections)
  set(final ${work}/final.wasm)
  set(opt_args
    --custom-section runtime_version=${sections}/runtime_version.bin
    --custom-section runtime_apis=${sections}/runtime_apis.bin
    --zero-filled-memory)
  set(spill_commands "")
  set(spill_depends "")
  if(RT_GC STREQUAL "conservative")
    list(APPEND opt_args --heap-base-offset ${arg_REGION_SIZE})
    if(NOT EXISTS "${RT_BINARYEN_WASM_OPT}")
      message(FATAL_ERROR "${RT_BINARYEN_WASM_OPT} not found: run `make deps` (npm package binaryen)")
    endif()
    set(spilled ${work}/spilled.wasm)
    # wasm-ld's target_features section is the union over its inputs, and Debian's compiler-rt
    # builtins are built for the default CPU (+sign-ext, ...); binaryen enables whatever that
    # section lists, whatever the command line says, and its optimizer then emits i32.extend8_s.
    # The runtime's own code is MVP (every compile has -mcpu=mvp), so the section goes first.
    set(featureless ${work}/featureless.wasm)
    set(spill_commands
        COMMAND ${RT_LLVM_OBJCOPY} --remove-section=target_features ${linked} ${featureless}
        COMMAND ${RT_NODE} ${RT_BINARYEN_WASM_OPT} ${featureless} -o ${spilled}
        --mvp-features --flatten --spill-pointers -O2)
    set(spill_depends ${RT_BINARYEN_WASM_OPT})
    set(linked ${spilled})
  endif()
  if(RT_STRIP)
    list(APPEND opt_args --strip)
  endif()

  add_custom_command(
    OUTPUT ${arg_ARTIFACT}.wasm ${arg_ARTIFACT}.compact.compressed.wasm
    COMMAND ${CMAKE_COMMAND} -E make_directory ${sections} ${work}
    COMMAND ${tools}/runtime-version-sections ${sections}
    ${spill_commands}
    COMMAND ${tools}/wasm-opt-pass ${linked} -o ${final} ${opt_args}
    COMMAND ${tools}/wasm-check ${final}
    COMMAND ${RT_WASM_VALIDATE} --disable-mutable-globals --disable-saturating-float-to-int
            --disable-sign-extension --disable-simd --disable-multi-value --disable-bulk-memory
            --disable-reference-types ${final}
    COMMAND ${CMAKE_COMMAND} -E copy ${final} ${arg_ARTIFACT}.wasm
    COMMAND ${PROJECT_SOURCE_DIR}/tools/compress_runtime.sh ${final} ${arg_ARTIFACT}.compact.compressed.wasm
    DEPENDS ${target} ${tools}/wasm-opt-pass ${tools}/wasm-check ${tools}/runtime-version-sections
            ${PROJECT_SOURCE_DIR}/tools/compress_runtime.sh ${spill_depends}
    COMMENT "post-link ${target}: spill-pointers (conservative), wasm-opt-pass, wasm-check, MVP validation, compression"
    VERBATIM)
  add_custom_target(${target}_artifact ALL DEPENDS ${arg_ARTIFACT}.wasm ${arg_ARTIFACT}.compact.compressed.wasm)
endfunction()
