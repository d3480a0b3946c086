// SPDX-License-Identifier: Apache-2.0
// sp_io::misc: the print functions, which Substrate sends to its log at debug level under target
// "runtime" (sp-io misc::print_num/print_utf8/print_hex).
#include <cstdio>
#include <string>

#include "host/api/registry.hpp"

namespace rt::hostlib::api {
namespace {

void record(engine::CallContext& ctx, std::string message) {
  ctx.ext().logs.push_back(engine::LogRecord{4, "runtime", std::move(message)});
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

constexpr HostFunctionEntry kFunctions[] = {
    {"ext_misc_print_num_version_1", printNum},
    {"ext_misc_print_utf8_version_1", printUtf8},
    {"ext_misc_print_hex_version_1", printHex},
};

}  // namespace

std::span<const HostFunctionEntry> miscFunctions() { return kFunctions; }

}  // namespace rt::hostlib::api
