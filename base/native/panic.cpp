// SPDX-License-Identifier: Apache-2.0
// Native rt_panic for tools and tests: report where and abort (the wasm runtime logs and traps).
#include <cstdio>
#include <cstdlib>

extern "C" [[noreturn]] void rt_panic(const char* message, const char* file, int line) {
  std::fprintf(stderr, "rt_panic: %s (%s:%d)\n", message, file, line);
  std::abort();
}
