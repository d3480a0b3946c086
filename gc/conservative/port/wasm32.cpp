// SPDX-License-Identifier: Apache-2.0
// bdwgc's platform on bare wasm32: the GC region, the roots, and the few libc functions bdwgc
// calls. Built only for the wasm runtime (natively bdwgc runs on its own Linux port).
//
// bdwgc is compiled through its EMSCRIPTEN port (see ../CMakeLists.txt for why), with
// PLATFORM_GETMEM so that all heap memory comes from platform_get_mem() below. Memory layout of
// the module (wasm-ld --stack-first, then the Binaryen post-pass):
//
//   [0, __stack_high)                     shadow stack, grows down   -> scanned from the SP up
//   [__global_base, __data_end)           data and bss               -> the static roots
//   [linker __heap_base, + region size)   the GC region              -> bdwgc's heap, bump-mapped
//   [exported __heap_base, ...)           the host's heap (ext_allocator_malloc), and memory.grow
//
// The exported __heap_base is moved up by the region size after linking (tools/wasm-opt-pass
// --heap-base-offset), so an unmodified host starts its allocator above the region and never
// touches it. Code here sees the *linker's* __heap_base (an i32.const relocated by wasm-ld).
// The region is never grown: exhaustion makes platform_get_mem() fail, bdwgc collects and
// retries, and only then calls the out-of-memory handler (heap.cpp), which traps with a log line.
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <errno.h>
#include <string_view>

#include <emscripten.h>

#include "gc/conservative/platform.hpp"
#include "runtime/host/log.hpp"

extern "C" {
// wasm-ld's synthetic symbols.
extern unsigned char __global_base;
extern unsigned char __data_end;
extern unsigned char __stack_high;
extern unsigned char __heap_base;
}

namespace rt::gc::conservative {
namespace {

/// bdwgc asks for memory in multiples of its page size; keep the region page-aligned too.
constexpr uintptr_t kPage = 4096;

uintptr_t g_next = 0;  ///< next free byte of the region (0: nothing handed out yet)

uintptr_t regionBegin() {
  return (reinterpret_cast<uintptr_t>(&__heap_base) + kPage - 1) & ~(kPage - 1);
}

uintptr_t regionEnd() { return reinterpret_cast<uintptr_t>(&__heap_base) + RT_GC_REGION_SIZE; }

}  // namespace

Region region() {
  const uintptr_t begin = regionBegin();
  return Region{.begin = begin,
                .end = regionEnd(),
                .high_water = g_next == 0 ? 0 : g_next - begin};
}

void platformStaticRoots(void (*add)(void* begin, void* end)) { add(&__global_base, &__data_end); }

}  // namespace rt::gc::conservative

using rt::gc::conservative::regionBegin;
using rt::gc::conservative::regionEnd;
using rt::gc::conservative::g_next;
using rt::gc::conservative::kPage;

extern "C" {

// bdwgc's GET_MEM (gcconfig.h, PLATFORM_GETMEM): `bytes` more heap, page-aligned, or null.
void* platform_get_mem(size_t bytes) {
  if (g_next == 0) g_next = regionBegin();
  const size_t rounded = (bytes + kPage - 1) & ~(kPage - 1);
  if (rounded < bytes || rounded > regionEnd() - g_next) return nullptr;
  void* block = reinterpret_cast<void*>(g_next);
  g_next += rounded;
  return block;
}

// The shadow stack: from (about) the current stack pointer up to its base, __stack_high. A local
// whose address is taken lives on the shadow stack, so its address is a stack-pointer reading.
void emscripten_scan_stack(em_scan_func fn) {
  volatile uintptr_t here = 0;
  fn(const_cast<uintptr_t*>(&here), &__stack_high);
}

// Values held only in wasm locals are invisible to any scan; the conservative build runs
// binaryen's --flatten --spill-pointers so that every i32 live across a call is also stored in
// the shadow-stack frame, which emscripten_scan_stack covers. Nothing to add here.
void emscripten_scan_registers(em_scan_func) {}

// --- the libc functions bdwgc calls, and nothing else ---

// Read by bdwgc's error messages only (wasi-libc declares it thread_local; a single-threaded MVP
// module lowers that to a plain global).
thread_local int errno = 0;

// GC_write: bdwgc's messages (warnings, GC_printf) go to the host log under target "gc".
long write(int fd, const void* buffer, size_t count) {
  std::string_view text(static_cast<const char*>(buffer), count);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  if (!text.empty()) {
    rt::host::log(fd == 2 ? rt::host::LogLevel::kWarn : rt::host::LogLevel::kDebug, "gc", text);
  }
  return static_cast<long>(count);
}

void exit(int) { __builtin_trap(); }

int atexit(void (*)(void)) { return 0; }

// A small vsnprintf for bdwgc's own format strings: %[-0][width][l|z]{d,i,u,x,X,p,s,c,%}.
int vsnprintf(char* out, size_t size, const char* format, va_list args) {
  size_t n = 0;
  auto put = [&](char c) {
    if (n + 1 < size) out[n] = c;
    ++n;
  };
  for (const char* f = format; *f != '\0'; ++f) {
    if (*f != '%') {
      put(*f);
      continue;
    }
    ++f;
    bool left = false;
    char pad = ' ';
    for (; *f == '-' || *f == '0'; ++f) {
      if (*f == '-') {
        left = true;
      } else {
        pad = '0';
      }
    }
    unsigned width = 0;
    for (; *f >= '0' && *f <= '9'; ++f) width = width * 10 + static_cast<unsigned>(*f - '0');
    bool is_long = false;
    for (; *f == 'l' || *f == 'z'; ++f) is_long = true;
    char digits[24];
    const char* text = digits;
    size_t len = 0;
    bool negative = false;
    auto number = [&](unsigned long long v, unsigned base, bool upper) {
      char* end = digits + sizeof digits;
      char* p = end;
      do {
        const unsigned d = static_cast<unsigned>(v % base);
        *--p = static_cast<char>(d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10);
        v /= base;
      } while (v != 0);
      text = p;
      len = static_cast<size_t>(end - p);
    };
    switch (*f) {
      case 'd':
      case 'i': {
        const long long v = is_long ? va_arg(args, long) : va_arg(args, int);
        negative = v < 0;
        number(negative ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v), 10, false);
        break;
      }
      case 'u':
        number(is_long ? va_arg(args, unsigned long) : va_arg(args, unsigned), 10, false);
        break;
      case 'x':
      case 'X':
        number(is_long ? va_arg(args, unsigned long) : va_arg(args, unsigned), 16, *f == 'X');
        break;
      case 'p':
        put('0');
        put('x');
        number(reinterpret_cast<uintptr_t>(va_arg(args, void*)), 16, false);
        break;
      case 's': {
        const char* s = va_arg(args, const char*);
        text = s != nullptr ? s : "(null)";
        for (len = 0; text[len] != '\0'; ++len) {
        }
        break;
      }
      case 'c':
        digits[0] = static_cast<char>(va_arg(args, int));
        len = 1;
        break;
      case '%':
        digits[0] = '%';
        len = 1;
        break;
      default:  // unknown conversion: print it as is
        if (*f == '\0') --f;
        digits[0] = *f;
        len = 1;
        break;
    }
    const size_t shown = len + (negative ? 1 : 0);
    if (!left) {
      for (size_t i = shown; i < width; ++i) put(pad);
    }
    if (negative) put('-');
    for (size_t i = 0; i < len; ++i) put(text[i]);
    if (left) {
      for (size_t i = shown; i < width; ++i) put(' ');
    }
  }
  if (size != 0) out[n < size ? n : size - 1] = '\0';
  return static_cast<int>(n);
}

}  // extern "C"
