# SPDX-License-Identifier: Apache-2.0
# ctest runtime_primitives_vectors_fresh: re-runs generate.mjs and fails if its output differs from
# the committed sp_runtime_types.txt. Prints "runtime_primitives_vectors_fresh: SKIPPED ..." (which
# the test's SKIP_REGULAR_EXPRESSION turns into a skip) when node, @polkadot/types or
# @polkadot/keyring is not installed.
# Inputs: -DNODE= -DREPO_ROOT= -DGENERATOR= -DFIXTURE= -DOUT=
if(NOT NODE OR NOT EXISTS "${NODE}")
  message("runtime_primitives_vectors_fresh: SKIPPED (node not found)")
  return()
endif()
foreach(pkg types keyring util-crypto)
  if(NOT EXISTS "${REPO_ROOT}/node_modules/@polkadot/${pkg}/package.json")
    message("runtime_primitives_vectors_fresh: SKIPPED (${REPO_ROOT}/node_modules/@polkadot/${pkg} missing; run npm ci)")
    return()
  endif()
endforeach()

execute_process(
  COMMAND "${NODE}" "${GENERATOR}"
  WORKING_DIRECTORY "${REPO_ROOT}"
  OUTPUT_FILE "${OUT}"
  ERROR_VARIABLE err
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "generate.mjs failed (${rc}):\n${err}")
endif()

file(READ "${FIXTURE}" committed)
file(READ "${OUT}" fresh)
if(NOT committed STREQUAL fresh)
  message(FATAL_ERROR "sp_runtime_types.txt is stale: regenerate with\n"
    "  node tests/runtime/primitives/vectors/generate.mjs > tests/runtime/primitives/vectors/sp_runtime_types.txt\n"
    "fresh output: ${OUT}")
endif()
message("runtime_primitives_vectors_fresh: fixture matches the generator")
