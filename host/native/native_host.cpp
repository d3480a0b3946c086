// SPDX-License-Identifier: Apache-2.0
#include "host/native/native_host.hpp"

#include <cstring>
#include <utility>
#include <vector>

#include "host/allocator/freeing_bump.hpp"
#include "host/engine/host_function.hpp"

namespace rt::hostlib::native {
namespace {

/// The scratch linear memory of native host calls: 1 page for nothing, heap above it.
class ScratchMemory : public allocator::Memory {
 public:
  uint32_t pages() const override { return static_cast<uint32_t>(bytes_.size() / allocator::kPageSize); }
  std::optional<uint32_t> maxPages() const override { return allocator::kMaxWasmPages; }
  bool grow(uint32_t pages) override {
    bytes_.resize(bytes_.size() + size_t{pages} * allocator::kPageSize);
    return true;
  }
  uint8_t* data() override { return bytes_.data(); }

 private:
  std::vector<uint8_t> bytes_ = std::vector<uint8_t>(allocator::kPageSize);
};

thread_local engine::Externalities* t_current = nullptr;
thread_local ScratchMemory t_memory;

}  // namespace

NativeCallScope::NativeCallScope(engine::Externalities& ext) : previous_(t_current) { t_current = &ext; }
NativeCallScope::~NativeCallScope() { t_current = previous_; }

engine::Externalities& currentExternalities() {
  thread_local engine::Externalities fallback;
  return t_current != nullptr ? *t_current : fallback;
}

rt::Result<Returned, std::string> callHost(std::string_view name, std::initializer_list<Arg> args,
                                           ReturnKind kind, uint32_t pointer_size) {
  const engine::HostFunctionImpl impl = engine::findHostFunction(name);
  if (impl == nullptr) return rt::Err("host function " + std::string(name) + " is not provided by this host");
  // A fresh heap per call: everything allocated for and by the call is dropped afterwards.
  allocator::FreeingBumpAllocator heap(allocator::kPageSize);
  engine::CallContext ctx(t_memory, heap, currentExternalities());
  std::vector<uint64_t> raw;
  raw.reserve(args.size());
  std::vector<std::pair<std::span<uint8_t>, uint32_t>> outputs;  // (caller's buffer, scratch pointer)
  for (const Arg& arg : args) {
    if (const auto* v = std::get_if<uint64_t>(&arg)) {
      raw.push_back(*v);
      continue;
    }
    const std::span<const uint8_t> bytes = std::holds_alternative<std::span<uint8_t>>(arg)
                                               ? std::span<const uint8_t>(std::get<std::span<uint8_t>>(arg))
                                               : std::get<std::span<const uint8_t>>(arg);
    RT_TRY(const uint32_t ptr, ctx.allocate(static_cast<uint32_t>(bytes.size())));
    if (!bytes.empty()) std::memcpy(t_memory.data() + ptr, bytes.data(), bytes.size());
    if (const auto* out = std::get_if<std::span<uint8_t>>(&arg)) outputs.emplace_back(*out, ptr);
    raw.push_back(engine::packPointerSize(ptr, static_cast<uint32_t>(bytes.size())));
  }
  RT_TRY(const uint64_t value, impl(ctx, raw));
  for (const auto& [buffer, ptr] : outputs) {
    if (!buffer.empty()) std::memcpy(buffer.data(), t_memory.data() + ptr, buffer.size());
  }
  Returned out;
  out.value = value;
  if (kind == ReturnKind::kBytes) {
    RT_TRY(auto bytes, ctx.slice(value));
    out.bytes.assign(bytes.begin(), bytes.end());
  } else if (kind == ReturnKind::kPointer) {
    RT_TRY(auto bytes, ctx.slice(static_cast<uint32_t>(value), pointer_size));
    out.bytes.assign(bytes.begin(), bytes.end());
  }
  return out;
}

}  // namespace rt::hostlib::native
