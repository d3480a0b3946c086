// SPDX-License-Identifier: Apache-2.0
// See runtime.hpp.
#include "host/engine/runtime.hpp"

#include <wabt/binary-reader.h>
#include <wabt/error-formatter.h>
#include <wabt/interp/binary-reader-interp.h>
#include <wabt/interp/interp.h>
#include <wabt/stream.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

#include "checks.hpp"            // tools/wasm-check: the load-time gate
#include "host/engine/blob.hpp"
#include "host/engine/host_function.hpp"
#include "host_functions.hpp"    // tools/wasm-check: the spec'd host-function list

namespace rt::hostlib::engine {

namespace interp = wabt::interp;

namespace {

/// RT_HOST_PROFILE=1: per host function, the number of calls and the time spent in it, summed over
/// the process and printed to stderr at exit (for finding where a runtime's time goes; off by
/// default, when the only cost is one branch per host call).
struct HostProfile {
  struct Entry {
    uint64_t calls = 0;
    double ms = 0;
  };
  std::map<std::string, Entry> entries;
  ~HostProfile() {
    if (entries.empty()) return;
    double total = 0;
    for (const auto& [name, e] : entries) total += e.ms;
    std::fprintf(stderr, "host profile: %.3f ms in host functions\n", total);
    for (const auto& [name, e] : entries) {
      std::fprintf(stderr, "  %-48s %8llu calls %10.3f ms\n", name.c_str(), static_cast<unsigned long long>(e.calls), e.ms);
    }
  }
};
HostProfile* hostProfile() {
  static const bool on = std::getenv("RT_HOST_PROFILE") != nullptr;
  if (!on) return nullptr;
  static HostProfile profile;
  return &profile;
}

/// The linear memory of one call, for the allocator and the host functions.
class WabtMemory : public allocator::Memory {
 public:
  explicit WabtMemory(interp::Memory::Ptr memory) : memory_(std::move(memory)) {}
  uint32_t pages() const override { return static_cast<uint32_t>(memory_->PageSize()); }
  std::optional<uint32_t> maxPages() const override {
    const auto& limits = memory_->type().limits;
    if (!limits.has_max) return std::nullopt;
    return static_cast<uint32_t>(limits.max);
  }
  bool grow(uint32_t pages) override { return wabt::Succeeded(memory_->Grow(pages)); }
  uint8_t* data() override { return memory_->UnsafeData(); }

 private:
  interp::Memory::Ptr memory_;
};

/// Reads a LEB128 u32 from `bytes` at `pos`; false when malformed.
bool readUleb(std::span<const uint8_t> bytes, size_t& pos, uint32_t& out) {
  out = 0;
  for (unsigned shift = 0; shift < 35 && pos < bytes.size(); shift += 7) {
    const uint8_t b = bytes[pos++];
    out |= static_cast<uint32_t>(b & 0x7f) << shift;
    if ((b & 0x80) == 0) return true;
  }
  return false;
}

}  // namespace

struct Runtime::Impl {
  interp::Store store;
  interp::Module::Ptr module;
};

Runtime::Runtime() : impl_(std::make_unique<Impl>()) {}
Runtime::~Runtime() = default;

rt::Result<std::unique_ptr<Runtime>, std::string> Runtime::load(std::span<const uint8_t> bytes,
                                                                const LoadOptions& options) {
  RT_TRY(auto code, runtimeCode(bytes));
  RT_TRY(auto host_functions, rt::tools::HostFunctions::builtin());
  RT_TRY(auto violations, rt::tools::checkModule(code, host_functions, options.allow_unresolved_imports));
  if (!violations.empty()) {
    std::string why = violations.front();
    if (violations.size() > 1) why += " (and " + std::to_string(violations.size() - 1) + " more)";
    return rt::Err("rejected: " + why);
  }

  std::unique_ptr<Runtime> runtime(new Runtime());
  runtime->code_ = std::move(code);
  wabt::Features features;  // MVP plus what wabt enables by default; the gate above is stricter
  wabt::ReadBinaryOptions read_options(features, nullptr, /*read_debug_names=*/false,
                                       /*stop_on_first_error=*/true,
                                       /*fail_on_custom_section_error=*/false);
  wabt::Errors errors;
  interp::ModuleDesc desc;
  if (wabt::Failed(interp::ReadBinaryInterp("runtime", runtime->code_.data(), runtime->code_.size(),
                                            read_options, &errors, &desc))) {
    return rt::Err("malformed module: " + (errors.empty() ? std::string("unreadable") : errors.front().message));
  }
  runtime->impl_->module = interp::Module::New(runtime->impl_->store, std::move(desc));

  std::vector<std::string> missing;
  for (const auto& import : runtime->impl_->module->import_types()) {
    if (import.type->kind == wabt::ExternalKind::Func && findHostFunction(import.name) == nullptr) {
      missing.push_back(import.name);
    }
  }
  if (!missing.empty() && !options.allow_unresolved_imports) {
    std::string list = missing.front();
    for (size_t i = 1; i < missing.size() && i < 5; ++i) list += ", " + missing[i];
    if (missing.size() > 5) list += ", ...";
    return rt::Err("imports " + std::to_string(missing.size()) +
                   " host function(s) this host does not provide: " + list);
  }
  return runtime;
}

std::optional<std::vector<uint8_t>> Runtime::customSection(std::string_view name) const {
  std::span<const uint8_t> bytes(code_);
  size_t pos = 8;
  while (pos < bytes.size()) {
    const uint8_t id = bytes[pos++];
    uint32_t size = 0;
    if (!readUleb(bytes, pos, size) || size > bytes.size() - pos) return std::nullopt;
    const size_t end = pos + size;
    if (id == 0) {
      size_t p = pos;
      uint32_t name_len = 0;
      if (readUleb(bytes, p, name_len) && name_len <= end - p &&
          std::string_view(reinterpret_cast<const char*>(bytes.data() + p), name_len) == name) {
        p += name_len;
        return std::vector<uint8_t>(bytes.begin() + static_cast<long>(p), bytes.begin() + static_cast<long>(end));
      }
    }
    pos = end;
  }
  return std::nullopt;
}

std::vector<std::string> Runtime::exports() const {
  std::vector<std::string> names;
  for (const auto& e : impl_->module->export_types()) {
    if (e.type->kind == wabt::ExternalKind::Func) names.push_back(e.name);
  }
  return names;
}

rt::Result<CallResult, std::string> Runtime::call(std::string_view method,
                                                  std::span<const uint8_t> input,
                                                  Externalities& ext, const CallOptions& options) {
  interp::Store& store = impl_->store;
  const interp::Module::Ptr& module = impl_->module;

  // The export first: a missing method is the caller's mistake, not a trap.
  std::optional<size_t> export_index;
  for (size_t i = 0; i < module->export_types().size(); ++i) {
    const auto& e = module->export_types()[i];
    if (e.name == method && e.type->kind == wabt::ExternalKind::Func) export_index = i;
  }
  if (!export_index) return rt::Err("the runtime has no entry point " + std::string(method));

  // Heap pages: the option, else `:heappages` from the state (sp_core well_known_keys::HEAP_PAGES),
  // else Substrate's default.
  uint32_t heap_pages = kDefaultHeapPages;
  if (options.heap_pages) {
    heap_pages = *options.heap_pages;
  } else if (auto stored = ext.storage.get({}, std::vector<uint8_t>{':', 'h', 'e', 'a', 'p', 'p', 'a', 'g', 'e', 's'})) {
    if (stored->size() != 8) return rt::Err(std::string(":heappages is not a u64"));
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | (*stored)[static_cast<size_t>(i)];
    if (v > allocator::kMaxWasmPages) return rt::Err(":heappages " + std::to_string(v) + " exceeds 65536 pages");
    heap_pages = static_cast<uint32_t>(v);
  }

  // Imports: the memory, sized as Substrate sizes it, and the host functions, bound to this call.
  interp::Memory::Ptr memory;
  uint32_t memory_pages = 0;
  std::unique_ptr<WabtMemory> memory_view;
  std::unique_ptr<allocator::FreeingBumpAllocator> heap;
  std::unique_ptr<CallContext> context;
  interp::RefVec imports;
  std::vector<interp::HostFunc::Ptr> host_funcs;
  for (const auto& import : module->import_types()) {
    if (import.type->kind == wabt::ExternalKind::Memory) {
      const auto& type = *wabt::cast<interp::MemoryType>(import.type.get());
      // Substrate's static strategy gives min = max = initial + heap pages. The allocator only ever
      // bumps upwards and grows the memory when it passes the end (freeing_bump.rs `bump`), so the
      // memory starts at the module's own pages with that maximum and grows on demand: the same
      // addresses and limits, without zeroing 128 MiB per call in the interpreter.
      const uint64_t pages = type.limits.initial + heap_pages;
      if (pages > allocator::kMaxWasmPages) return rt::Err(std::string("memory would exceed 4 GiB"));
      memory = interp::Memory::New(store, interp::MemoryType(wabt::Limits(type.limits.initial, pages)));
      memory_pages = static_cast<uint32_t>(pages);
      imports.push_back(memory.ref());
    } else if (import.type->kind == wabt::ExternalKind::Func) {
      const auto& type = *wabt::cast<interp::FuncType>(import.type.get());
      const HostFunctionImpl impl = findHostFunction(import.name);
      const std::string name = import.name;
      const bool i32_result = !type.results.empty() && type.results[0] == wabt::Type::I32;
      std::vector<bool> i32_params;
      for (const auto& p : type.params) i32_params.push_back(p == wabt::Type::I32);
      // `context` is created after instantiation; host functions only run after that.
      auto callback = [impl, name, i32_result, i32_params, &context, &store](
                          interp::Thread&, const interp::Values& params,
                                                     interp::Values& results,
                                                     interp::Trap::Ptr* trap) -> wabt::Result {
        if (impl == nullptr) {
          *trap = interp::Trap::New(store, "host function " + name + " is not provided by this host");
          return wabt::Result::Error;
        }
        uint64_t args[8] = {};
        const size_t n = params.size() < 8 ? params.size() : 8;
        for (size_t i = 0; i < n; ++i) {
          args[i] = i32_params[i] ? uint64_t{params[i].Get<uint32_t>()} : params[i].Get<uint64_t>();
        }
        HostProfile* profile = hostProfile();
        const auto start = profile ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{};
        HostResult r = impl(*context, std::span<const uint64_t>(args, n));
        if (profile) {
          auto& e = profile->entries[name];
          ++e.calls;
          e.ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        }
        if (!r) {
          *trap = interp::Trap::New(store, name + ": " + r.error());
          return wabt::Result::Error;
        }
        for (auto& result : results) {
          if (i32_result) {
            result.Set<uint32_t>(static_cast<uint32_t>(r.value()));
          } else {
            result.Set<uint64_t>(r.value());
          }
        }
        return wabt::Result::Ok;
      };
      auto func = interp::HostFunc::New(store, type, callback);
      host_funcs.push_back(func);
      imports.push_back(func.ref());
    } else {
      return rt::Err("unsupported import " + import.module + "." + import.name);
    }
  }
  if (!memory) return rt::Err(std::string("the runtime does not import env.memory"));

  interp::Trap::Ptr trap;
  interp::Instance::Ptr instance = interp::Instance::Instantiate(store, module.ref(), imports, &trap);
  if (!instance) return rt::Err("instantiation failed: " + (trap ? trap->message() : std::string("?")));

  // __heap_base from the instance's exported global.
  uint32_t heap_base = 0;
  for (size_t i = 0; i < module->export_types().size(); ++i) {
    const auto& e = module->export_types()[i];
    if (e.name == "__heap_base" && e.type->kind == wabt::ExternalKind::Global) {
      heap_base = store.UnsafeGet<interp::Global>(instance->exports()[i])->Get().Get<uint32_t>();
    }
  }

  memory_view = std::make_unique<WabtMemory>(memory);
  heap = std::make_unique<allocator::FreeingBumpAllocator>(heap_base, options.context);
  if (options.trace_allocator) heap->enableTrace();
  context = std::make_unique<CallContext>(*memory_view, *heap, ext);

  const uint32_t input_len = static_cast<uint32_t>(input.size());
  RT_TRY(const uint32_t input_ptr, context->allocate(input_len));
  RT_TRY(auto input_bytes, context->slice(input_ptr, input_len));
  if (input_len != 0) std::memcpy(input_bytes.data(), input.data(), input_len);

  auto func = store.UnsafeGet<interp::Func>(instance->exports()[*export_index]);
  const auto& type = func->type();
  if (type.params.size() != 2 || type.results.size() != 1 || type.results[0] != wabt::Type::I64) {
    return rt::Err("entry point " + std::string(method) + " does not have the (i32, i32) -> i64 signature");
  }
  interp::Values params{interp::Value::Make(input_ptr), interp::Value::Make(input_len)};
  interp::Values results;
  const size_t depth_before = ext.storage.transactionDepth();
  auto closeRuntimeTransactions = [&] {
    // Transactions the runtime left open are rolled back with a warning, as sp-state-machine's
    // OverlayedChangeSet::exit_runtime does (smoldot instead fails the call).
    size_t left = 0;
    while (ext.storage.transactionDepth() > depth_before) {
      (void)ext.storage.rollbackTransaction();
      ++left;
    }
    if (left != 0) {
      ext.logs.push_back(LogRecord{1, "state",  // warn
                                   std::to_string(left) + " storage transactions are left open by the runtime. "
                                   "Those will be rolled back."});
    }
  };
  const auto exec_start = std::chrono::steady_clock::now();
  // RT_TRACE=<file> with RT_TRACE_METHOD=<entry point> [RT_TRACE_SKIP=k]: an instruction trace of
  // that entry point's (k+1)-th call (wabt's format) and, in <file>.funcs, each function's code
  // offset, for an instruction profile (tools/profile/trace_profile.py).
  std::unique_ptr<wabt::FileStream> trace_stream;
  if (const char* trace = std::getenv("RT_TRACE"); trace != nullptr) {
    static int seen = 0;
    const char* only = std::getenv("RT_TRACE_METHOD");
    const char* skip = std::getenv("RT_TRACE_SKIP");
    if (only != nullptr && method == only && seen++ == (skip ? std::atoi(skip) : 0)) {
      if (FILE* f = std::fopen((std::string(trace) + ".funcs").c_str(), "w")) {
        const auto& funcs = module->desc().funcs;
        for (size_t i = 0; i < funcs.size(); ++i) std::fprintf(f, "%zu %u\n", i, funcs[i].code_offset);
        std::fclose(f);
      }
      trace_stream = std::make_unique<wabt::FileStream>(trace);
    }
  }
  const bool failed = wabt::Failed(func->Call(store, params, results, &trap, trace_stream.get()));
  const double exec_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - exec_start).count();
  if (failed) {
    closeRuntimeTransactions();
    std::string why = trap ? trap->message() : std::string("trap");
    // A runtime that panicked logged why at error level just before trapping.
    for (auto it = ext.logs.rbegin(); it != ext.logs.rend(); ++it) {
      if (it->level == 0) {  // error
        why += " (runtime: " + it->message + ")";
        break;
      }
    }
    return rt::Err(std::string(method) + " trapped: " + why);
  }
  closeRuntimeTransactions();
  const uint64_t packed = results.at(0).Get<uint64_t>();
  auto out = context->slice(packed);
  if (!out) return rt::Err(std::string(method) + " returned an out-of-bounds result: " + out.error());

  CallResult result;
  result.output.assign(out.value().begin(), out.value().end());
  result.heap = heap->stats();
  result.heap_trace = heap->trace();
  result.heap_base = heap_base;
  result.memory_pages = memory_pages;
  result.exec_ms = exec_ms;
  instance.reset();
  host_funcs.clear();
  memory.reset();
  store.Collect();
  return result;
}

}  // namespace rt::hostlib::engine
