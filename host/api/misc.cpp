// SPDX-License-Identifier: Apache-2.0
// sp_io::misc (the print functions, which Substrate logs at debug level under target "runtime";
// runtime_version), sp_io::panic_handler, sp_io::wasm_tracing (tracing is off in this host) and
// sp_io::transaction_index (recorded in the call's Externalities).
#include <cstdio>
#include <cstring>
#include <string>

#include "codec/codec.hpp"
#include "host/api/registry.hpp"
#include "host/engine/runtime.hpp"

namespace rt::hostlib::api {
namespace {

void record(engine::CallContext& ctx, std::string message) {
  ctx.ext().logs.push_back(engine::LogRecord{3, "runtime", std::move(message)});  // debug
}

engine::HostResult printNum(engine::CallContext& ctx, std::span<const uint64_t> args) {
  record(ctx, std::to_string(args[0]));
  return uint64_t{0};
}

engine::HostResult printUtf8(engine::CallContext& ctx, std::span<const uint64_t> args) {
  RT_TRY(auto bytes, ctx.slice(args[0]));
  record(ctx, std::string(bytes.begin(), bytes.end()));
  return uint64_t{0};
}

engine::HostResult printHex(engine::CallContext& ctx, std::span<const uint64_t> args) {
  RT_TRY(auto bytes, ctx.slice(args[0]));
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (uint8_t b : bytes) {
    hex += kDigits[b >> 4];
    hex += kDigits[b & 15];
  }
  record(ctx, hex);
  return uint64_t{0};
}

/// misc::runtime_version(wasm) -> Option<Vec<u8>>: the encoded RuntimeVersion of another runtime,
/// by running its Core_version on a fresh instance (sc-executor's ReadRuntimeVersion does the same
/// when the code has no embedded version); None when the code does not load or the call fails.
engine::HostResult runtimeVersion(engine::CallContext& ctx, std::span<const uint64_t> args) {
  RT_TRY(auto code, ctx.slice(args[0]));
  std::optional<std::vector<uint8_t>> version;
  if (auto runtime = engine::Runtime::load(code, engine::LoadOptions{.allow_unresolved_imports = true})) {
    engine::Externalities inner;
    if (auto r = runtime.value()->call("Core_version", {}, inner)) version = std::move(r.value().output);
  }
  return ctx.returnBytes(rt::codec::encode(version));
}

engine::HostResult abortOnPanic(engine::CallContext& ctx, std::span<const uint64_t> args) {
  RT_TRY(auto message, ctx.slice(args[0]));
  return rt::Err("panicked: " + std::string(message.begin(), message.end()));
}

engine::HostResult tracingEnabled(engine::CallContext&, std::span<const uint64_t>) { return uint64_t{0}; }
engine::HostResult tracingEnterSpan(engine::CallContext&, std::span<const uint64_t>) { return uint64_t{1}; }
engine::HostResult tracingNothing(engine::CallContext&, std::span<const uint64_t>) { return uint64_t{0}; }

engine::HostResult transactionIndex(engine::CallContext& ctx, std::span<const uint64_t> args) {
  engine::TransactionIndexEvent e{.renew = false, .extrinsic = static_cast<uint32_t>(args[0]),
                                  .size = static_cast<uint32_t>(args[1])};
  RT_TRY(auto hash, ctx.slice(static_cast<uint32_t>(args[2]), 32));
  std::memcpy(e.hash.data(), hash.data(), 32);
  ctx.ext().transaction_index.push_back(e);
  return uint64_t{0};
}

engine::HostResult transactionRenew(engine::CallContext& ctx, std::span<const uint64_t> args) {
  engine::TransactionIndexEvent e{.renew = true, .extrinsic = static_cast<uint32_t>(args[0])};
  RT_TRY(auto hash, ctx.slice(static_cast<uint32_t>(args[1]), 32));
  std::memcpy(e.hash.data(), hash.data(), 32);
  ctx.ext().transaction_index.push_back(e);
  return uint64_t{0};
}

constexpr HostFunctionEntry kFunctions[] = {
    {"ext_misc_runtime_version_version_1", runtimeVersion},
    {"ext_panic_handler_abort_on_panic_version_1", abortOnPanic},
    {"ext_wasm_tracing_enabled_version_1", tracingEnabled},
    {"ext_wasm_tracing_enter_span_version_1", tracingEnterSpan},
    {"ext_wasm_tracing_event_version_1", tracingNothing},
    {"ext_wasm_tracing_exit_version_1", tracingNothing},
    {"ext_transaction_index_index_version_1", transactionIndex},
    {"ext_transaction_index_renew_version_1", transactionRenew},
    {"ext_misc_print_num_version_1", printNum},
    {"ext_misc_print_utf8_version_1", printUtf8},
    {"ext_misc_print_hex_version_1", printHex},
};

}  // namespace

std::span<const HostFunctionEntry> miscFunctions() { return kFunctions; }

}  // namespace rt::hostlib::api
