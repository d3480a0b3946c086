// SPDX-License-Identifier: Apache-2.0
// wasm-check: the artifact gate every build runs on the final runtime.wasm.
//
//   wasm-check IN [--allow-unknown-imports] [--host-functions FILE.def]
//
// Prints every violation of what Polkadot hosts accept, one line each as
// `wasm-check: <file>: <reason>`, and exits 1 if there is any, 0 if the module is clean, 2 on a
// usage error. See checks.hpp for the list of checks.
#include <wabt/binary-reader-ir.h>
#include <wabt/binary-reader.h>
#include <wabt/feature.h>
#include <wabt/ir.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "base/native/file_io.hpp"
#include "checks.hpp"
#include "host_functions.hpp"

namespace rt::tools {

namespace {

constexpr int kExitClean = 0;
constexpr int kExitViolations = 1;
constexpr int kExitUsage = 2;

constexpr const char* kUsage =
    "usage: wasm-check IN [--allow-unknown-imports] [--host-functions FILE.def]\n"
    "  IN                       the wasm binary to check (the final runtime.wasm)\n"
    "  --allow-unknown-imports  accept env functions that are not in the host-function list\n"
    "  --host-functions FILE    read the allow-list from FILE (host_functions.def format)\n"
    "                           instead of the one compiled in\n";

/// Parsed command line.
struct Options {
  std::string input;
  std::string host_functions_file;
  bool allow_unknown_imports = false;
  bool help = false;
};

/// Returns an empty string on success, else the usage error.
std::string parseArgs(int argc, char** argv, Options& opts) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--allow-unknown-imports") {
      opts.allow_unknown_imports = true;
    } else if (arg == "--host-functions") {
      if (i + 1 >= argc) return "--host-functions needs a file";
      opts.host_functions_file = argv[++i];
    } else if (arg == "-h" || arg == "--help") {
      opts.help = true;
      return {};
    } else if (!arg.empty() && arg[0] == '-') {
      return "unknown option " + arg;
    } else if (opts.input.empty()) {
      opts.input = arg;
    } else {
      return "more than one input: " + opts.input + " and " + arg;
    }
  }
  if (opts.input.empty()) return "missing input module";
  return {};
}

rt::Result<HostFunctions, std::string> loadHostFunctions(const Options& opts) {
  if (opts.host_functions_file.empty()) return HostFunctions::builtin();
  RT_TRY(auto bytes, rt::native::readFile(opts.host_functions_file));
  auto list = HostFunctions::parse(
      std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
  if (!list) return rt::Err(opts.host_functions_file + ": " + list.error());
  return list;
}

/// Reads the input and runs every check (checks.hpp, checkModule).
rt::Result<Violations, std::string> check(const Options& opts, const HostFunctions& host) {
  RT_TRY(auto bytes, rt::native::readFile(opts.input));
  return checkModule(bytes, host, opts.allow_unknown_imports, opts.input);
}

}  // namespace

}  // namespace rt::tools

int main(int argc, char** argv) {
  using namespace rt::tools;
  Options opts;
  if (std::string usage = parseArgs(argc, argv, opts); !usage.empty()) {
    std::fprintf(stderr, "wasm-check: %s\n%s", usage.c_str(), kUsage);
    return kExitUsage;
  }
  if (opts.help) {
    std::fputs(kUsage, stdout);
    return kExitClean;
  }
  auto host = loadHostFunctions(opts);
  if (!host) {
    std::fprintf(stderr, "wasm-check: %s\n", host.error().c_str());
    return kExitUsage;
  }
  auto violations = check(opts, *host);
  if (!violations) {
    std::fprintf(stderr, "wasm-check: %s: %s\n", opts.input.c_str(), violations.error().c_str());
    return kExitViolations;
  }
  for (const auto& v : *violations) {
    std::fprintf(stderr, "wasm-check: %s: %s\n", opts.input.c_str(), v.c_str());
  }
  return violations->empty() ? kExitClean : kExitViolations;
}
