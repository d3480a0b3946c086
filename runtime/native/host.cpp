// SPDX-License-Identifier: Apache-2.0
// Native implementation of rt::host (the runtime's view of its host), for the native build of the
// runtime: every call goes to the project's host library through the native binding
// (host/native/native_host.hpp), i.e. the very host functions a wasm build calls, on the current
// NativeCallScope's externalities. Results the wasm build would allocate with
// ext_allocator_malloc are plain native allocations here.
#include <cstdlib>

#include "host/native/native_host.hpp"
#include "runtime/host/allocator.hpp"
#include "runtime/host/log.hpp"
#include "rt/assert.hpp"

namespace rt::host {

uint8_t* malloc(uint32_t size) {
  auto* p = static_cast<uint8_t*>(std::malloc(size == 0 ? 1 : size));
  if (p == nullptr) rt_panic("host: out of memory", __FILE__, __LINE__);
  return p;
}

void free(void* ptr) { std::free(ptr); }

void log(LogLevel level, std::string_view target, std::string_view message) {
  const auto bytes = [](std::string_view s) {
    return std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(s.data()), s.size());
  };
  auto r = hostlib::native::callHost("ext_logging_log_version_1",
                                     {static_cast<uint64_t>(level), bytes(target), bytes(message)});
  if (!r) rt_panic(r.error().c_str(), __FILE__, __LINE__);
}

}  // namespace rt::host
