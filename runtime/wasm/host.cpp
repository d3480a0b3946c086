// SPDX-License-Identifier: Apache-2.0
// wasm32 implementation of rt::host (allocator, logging) over the imported host functions.
#include "runtime/host/allocator.hpp"
#include "runtime/host/log.hpp"
#include "runtime/wasm/host_imports.hpp"

namespace rt::host {

uint8_t* malloc(uint32_t size) {
  return reinterpret_cast<uint8_t*>(
      static_cast<uintptr_t>(static_cast<uint32_t>(ext_allocator_malloc_version_1(static_cast<int32_t>(size)))));
}

void free(void* ptr) {
  if (ptr != nullptr) {
    ext_allocator_free_version_1(static_cast<int32_t>(reinterpret_cast<uintptr_t>(ptr)));
  }
}

void log(LogLevel level, std::string_view target, std::string_view message) {
  ext_logging_log_version_1(static_cast<int32_t>(level),
                            wasm::packPtrLen(target.data(), static_cast<uint32_t>(target.size())),
                            wasm::packPtrLen(message.data(), static_cast<uint32_t>(message.size())));
}

}  // namespace rt::host
