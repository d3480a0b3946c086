# SPDX-License-Identifier: Apache-2.0
# Runs one wasm-opt-pass golden case <name>.wat (file arguments are relative to its folder):
#   <name>.pre.args       optional: first run the tool with these arguments to a binary, which is
#                         then the input (to start from custom sections text cannot express)
#   <name>.args           optional extra arguments for the run under test
#   <name>.expected.wat   the run succeeds and --emit-text prints exactly this, or
#   <name>.expected.err   the run exits 1 and stderr contains this line
# With RT_UPDATE_GOLDEN=1 in the environment a differing .expected.wat is rewritten instead.
# With -DCHECK_WITH=<wasm-check> the case's binary output goes to wasm-check instead, which must
# accept it.
# Usage: cmake -DTOOL=... -DCASE=<dir>/<name>.wat -DWORK_DIR=... [-DCHECK_WITH=...]
#              -P run_golden.cmake
foreach(var TOOL CASE WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_golden.cmake: -D${var}= is required")
  endif()
endforeach()

get_filename_component(dir ${CASE} DIRECTORY)
get_filename_component(name ${CASE} NAME_WE)
file(MAKE_DIRECTORY ${WORK_DIR})

function(read_args file out)
  set(args "")
  if(EXISTS ${file})
    file(READ ${file} text)
    string(STRIP "${text}" text)
    separate_arguments(args UNIX_COMMAND "${text}")
  endif()
  set(${out} "${args}" PARENT_SCOPE)
endfunction()

read_args(${dir}/${name}.pre.args pre_args)
read_args(${dir}/${name}.args args)

set(input ${CASE})
if(EXISTS ${dir}/${name}.pre.args)
  set(input ${WORK_DIR}/${name}.pre.wasm)
  execute_process(COMMAND ${TOOL} ${CASE} -o ${input} ${pre_args}
                  WORKING_DIRECTORY ${dir} RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${name}: the .pre.args run failed (exit ${rc}):\n${err}")
  endif()
endif()

if(DEFINED CHECK_WITH)
  set(binary ${WORK_DIR}/${name}.wasm)
  execute_process(COMMAND ${TOOL} ${input} -o ${binary} ${args}
                  WORKING_DIRECTORY ${dir} RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${name}: wasm-opt-pass failed (exit ${rc}):\n${err}")
  endif()
  execute_process(COMMAND ${CHECK_WITH} ${binary}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${name}: wasm-check rejects the output (exit ${rc}):\n${out}${err}")
  endif()
  return()
endif()

set(output ${WORK_DIR}/${name}.out.wat)
file(REMOVE ${output})
execute_process(COMMAND ${TOOL} ${input} -o ${output} --emit-text ${args}
                WORKING_DIRECTORY ${dir} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)

if(EXISTS ${dir}/${name}.expected.err)
  file(READ ${dir}/${name}.expected.err expected)
  string(STRIP "${expected}" expected)
  string(FIND "${err}" "${expected}" at)
  if(NOT rc EQUAL 1 OR at EQUAL -1)
    message(FATAL_ERROR "${name}: expected exit 1 with\n  ${expected}\ngot exit ${rc}:\n${err}")
  endif()
  return()
endif()

if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${name}: wasm-opt-pass failed (exit ${rc}):\n${err}")
endif()
set(expected_file ${dir}/${name}.expected.wat)
file(READ ${output} actual)
set(expected "")
if(EXISTS ${expected_file})
  file(READ ${expected_file} expected)
endif()
if(NOT actual STREQUAL expected)
  if("$ENV{RT_UPDATE_GOLDEN}" STREQUAL "1")
    file(WRITE ${expected_file} "${actual}")
    message(STATUS "${name}: updated ${expected_file}")
    return()
  endif()
  execute_process(COMMAND diff -u ${expected_file} ${output} OUTPUT_VARIABLE diff)
  message(FATAL_ERROR "${name}: output differs from ${name}.expected.wat "
                      "(RT_UPDATE_GOLDEN=1 ctest rewrites it):\n${diff}")
endif()
