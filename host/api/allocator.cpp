// SPDX-License-Identifier: Apache-2.0
// sp_io::allocator: ext_allocator_malloc_version_1 / ext_allocator_free_version_1, on the call's
// freeing-bump heap (host/allocator). Substrate makes an allocator error a trap
// (sc-executor's FunctionContext::allocate_memory -> Err -> trap); so does this host.
#include "host/api/registry.hpp"

namespace rt::hostlib::api {
namespace {

engine::HostResult malloc(engine::CallContext& ctx, std::span<const uint64_t> args) {
  RT_TRY(const uint32_t ptr, ctx.allocate(static_cast<uint32_t>(args[0])));
  return uint64_t{ptr};
}

engine::HostResult free(engine::CallContext& ctx, std::span<const uint64_t> args) {
  auto r = ctx.heap().deallocate(ctx.memory(), static_cast<uint32_t>(args[0]));
  if (!r) return rt::Err("ext_allocator_free(" + std::to_string(args[0]) + "): " + std::string(r.error().message));
  return uint64_t{0};
}

constexpr HostFunctionEntry kFunctions[] = {
    {"ext_allocator_malloc_version_1", malloc},
    {"ext_allocator_free_version_1", free},
};

}  // namespace

std::span<const HostFunctionEntry> allocatorFunctions() { return kFunctions; }

}  // namespace rt::hostlib::api
