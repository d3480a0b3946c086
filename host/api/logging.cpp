// SPDX-License-Identifier: Apache-2.0
// sp_io::logging: ext_logging_log_version_1(level, target, message) and
// ext_logging_max_level_version_1. Lines are kept in the call's Externalities (and echoed to
// stderr when asked). The level is sp_core::LogLevel as sp-runtime-interface passes an enum
// (PassByEnum: the variant index): 0 error, 1 warn, 2 info, 3 debug, 4 trace.
#include <cstdio>

#include "host/api/registry.hpp"

namespace rt::hostlib::api {
namespace {

engine::HostResult log(engine::CallContext& ctx, std::span<const uint64_t> args) {
  RT_TRY(auto target, ctx.slice(args[1]));
  RT_TRY(auto message, ctx.slice(args[2]));
  engine::LogRecord record{static_cast<uint32_t>(args[0]),
                           std::string(target.begin(), target.end()),
                           std::string(message.begin(), message.end())};
  if (ctx.ext().echo_logs) {
    static constexpr const char* kNames[] = {"ERROR", "WARN", "INFO", "DEBUG", "TRACE", "?"};
    std::fprintf(stderr, "%5s %s: %s\n", kNames[record.level <= 4 ? record.level : 5],
                 record.target.c_str(), record.message.c_str());
  }
  ctx.ext().logs.push_back(std::move(record));
  return uint64_t{0};
}

engine::HostResult maxLevel(engine::CallContext& ctx, std::span<const uint64_t>) {
  return uint64_t{ctx.ext().max_log_level};
}

constexpr HostFunctionEntry kFunctions[] = {
    {"ext_logging_log_version_1", log},
    {"ext_logging_max_level_version_1", maxLevel},
};

}  // namespace

std::span<const HostFunctionEntry> loggingFunctions() { return kFunctions; }

}  // namespace rt::hostlib::api
