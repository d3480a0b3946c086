# SPDX-License-Identifier: Apache-2.0
# Toolchain: wasm32 MVP, bare (no WASI at run time), from Debian's clang-19/lld-19 + wasi-libc and
# libc++-19 *headers* — the parts wasi-sdk bundles. With WASI_SDK_PATH set, wasi-sdk's are used.
#
# Every compile gets -mcpu=mvp (clang-19's default CPU emits sign-ext). We compile for the
# wasm32-wasi triple only so that libc++'s and wasi-libc's headers configure themselves; no WASI
# library is linked: the runtime links against its own mem*/new/delete (runtime/wasm/) and
# compiler-rt builtins, and wasm-ld is called directly (the clang driver would add host paths).
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR wasm32)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

if(DEFINED ENV{WASI_SDK_PATH} AND NOT "$ENV{WASI_SDK_PATH}" STREQUAL "")
  set(RT_WASI_SDK "$ENV{WASI_SDK_PATH}")
  set(CMAKE_C_COMPILER "${RT_WASI_SDK}/bin/clang")
  set(CMAKE_CXX_COMPILER "${RT_WASI_SDK}/bin/clang++")
  set(RT_WASM_LD "${RT_WASI_SDK}/bin/wasm-ld")
  set(RT_WASM_SYSROOT "${RT_WASI_SDK}/share/wasi-sysroot")
  file(GLOB RT_WASM_BUILTINS "${RT_WASI_SDK}/lib/clang/*/lib/wasi/libclang_rt.builtins-wasm32.a")
  set(RT_WASM_AR "${RT_WASI_SDK}/bin/llvm-ar")
  set(RT_WASM_RANLIB "${RT_WASI_SDK}/bin/llvm-ranlib")
else()
  set(CMAKE_C_COMPILER clang-19)
  set(CMAKE_CXX_COMPILER clang++-19)
  find_program(RT_WASM_LD NAMES wasm-ld-19 wasm-ld REQUIRED)
  set(RT_WASM_SYSROOT "/usr")
  set(RT_WASM_BUILTINS "/usr/lib/llvm-19/lib/clang/19/lib/wasi/libclang_rt.builtins-wasm32.a")
  find_program(RT_WASM_AR NAMES llvm-ar-19 llvm-ar REQUIRED)
  find_program(RT_WASM_RANLIB NAMES llvm-ranlib-19 llvm-ranlib REQUIRED)
endif()
set(CMAKE_AR "${RT_WASM_AR}" CACHE FILEPATH "archiver for wasm32 objects")
set(CMAKE_RANLIB "${RT_WASM_RANLIB}" CACHE FILEPATH "ranlib for wasm32 archives")

set(CMAKE_C_COMPILER_TARGET wasm32-wasi)
set(CMAKE_CXX_COMPILER_TARGET wasm32-wasi)
if(NOT RT_WASM_SYSROOT STREQUAL "/usr")
  set(CMAKE_SYSROOT "${RT_WASM_SYSROOT}")
endif()

# -fnew-alignment=8: host allocator blocks are 8-byte aligned.
set(RT_WASM_FLAGS "-mcpu=mvp -fno-exceptions -fno-rtti -fnew-alignment=8 -ffunction-sections -fdata-sections -fvisibility=hidden -fno-threadsafe-statics -fno-use-cxa-atexit")
set(CMAKE_C_FLAGS_INIT "-mcpu=mvp -ffunction-sections -fdata-sections -fvisibility=hidden")
set(CMAKE_CXX_FLAGS_INIT "${RT_WASM_FLAGS}")
# Release: -O2 (speed first; size is watched by bench/). Set as cache values because CMake's
# Clang defaults would otherwise append -O3.
set(CMAKE_C_FLAGS_RELEASE "-O2 -DNDEBUG" CACHE STRING "wasm32 release C flags")
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG" CACHE STRING "wasm32 release C++ flags")

# Link with wasm-ld directly: stack first (1 MiB, as Substrate's runtimes), then data, then heap.
set(RT_WASM_LINK_FLAGS "--no-entry --import-memory --export=__heap_base --export=__data_end -z stack-size=1048576 --stack-first --gc-sections")
set(CMAKE_CXX_LINK_EXECUTABLE
    "${RT_WASM_LD} ${RT_WASM_LINK_FLAGS} <LINK_FLAGS> <OBJECTS> -o <TARGET> <LINK_LIBRARIES> ${RT_WASM_BUILTINS}")
set(CMAKE_C_LINK_EXECUTABLE "${CMAKE_CXX_LINK_EXECUTABLE}")
set(CMAKE_EXECUTABLE_SUFFIX ".wasm")

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
