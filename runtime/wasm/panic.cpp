// SPDX-License-Identifier: Apache-2.0
// The runtime's panic path: log the reason at error level under target "runtime", then trap.
// Mirrors what a FRAME runtime does on panic (log through the host, then `unreachable`).
#include <cstdint>
#include <cstring>
#include <string_view>
#include <__verbose_abort>

#include "runtime/host/log.hpp"

namespace {

/// Writes `text` at `out`, bounded by `end`; returns the new position.
char* append(char* out, const char* end, std::string_view text) {
  for (char c : text) {
    if (out == end) break;
    *out++ = c;
  }
  return out;
}

/// Decimal text of `value` at `out` (bounded); no snprintf in a bare wasm runtime.
char* appendUnsigned(char* out, const char* end, uint32_t value) {
  char digits[10];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (n > 0 && out != end) *out++ = digits[--n];
  return out;
}

}  // namespace

extern "C" [[noreturn]] void rt_panic(const char* message, const char* file, int line) {
  char buffer[512];
  const char* end = buffer + sizeof buffer;
  char* out = append(buffer, end, "panicked at ");
  out = append(out, end, file != nullptr ? std::string_view(file) : std::string_view("?"));
  out = append(out, end, ":");
  out = appendUnsigned(out, end, static_cast<uint32_t>(line));
  out = append(out, end, ": ");
  out = append(out, end, message != nullptr ? std::string_view(message) : std::string_view("?"));
  rt::host::log(rt::host::LogLevel::kError, "runtime", std::string_view(buffer, out - buffer));
  __builtin_trap();
}

// libc++ headers call these on contract violations (e.g. std::vector::at out of range).
extern "C" void abort(void) { rt_panic("abort", "libc", 0); }

// libc++'s hardening/assertion hook (std::vector::at, std::optional::value, ...): panic with
// the format string (there is no formatter in a bare runtime).
_LIBCPP_BEGIN_NAMESPACE_STD
void __libcpp_verbose_abort(const char* format, ...) { rt_panic(format, "libc++", 0); }
_LIBCPP_END_NAMESPACE_STD
