# SPDX-License-Identifier: Apache-2.0
# ctest codec_vectors_fresh: re-runs generate.mjs and fails if its output differs from the
# committed polkadot_types.txt. Prints "codec_vectors_fresh: SKIPPED ..." (which the test's
# SKIP_REGULAR_EXPRESSION turns into a skip) when node or @polkadot/types is not installed.
# Inputs: -DNODE= -DREPO_ROOT= -DGENERATOR= -DFIXTURE= -DOUT=
if(NOT NODE OR NOT EXISTS "${NODE}")
  message("codec_vectors_fresh: SKIPPED (node not found)")
  return()
endif()
if(NOT EXISTS "${REPO_ROOT}/node_modules/@polkadot/types/package.json")
  message("codec_vectors_fresh: SKIPPED (${REPO_ROOT}/node_modules/@polkadot/types missing; run npm ci)")
  return()
endif()

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
  message(FATAL_ERROR "polkadot_types.txt is stale: regenerate with\n"
    "  node tests/codec/vectors/generate.mjs > tests/codec/vectors/polkadot_types.txt\n"
    "fresh output: ${OUT}")
endif()
message("codec_vectors_fresh: fixture matches the generator")
