// SPDX-License-Identifier: Apache-2.0
// rt-host: the project's Polkadot host on the command line (host/).
//
//   rt-host version  RUNTIME                      Core_version, decoded (JSON)
//   rt-host metadata RUNTIME [--hex]              Metadata_metadata: a summary (JSON) or the bytes
//   rt-host call     RUNTIME METHOD HEX [METHOD HEX]...
//                                                 entry points in sequence on one storage (as a
//                                                 block builder runs them); one hex line per call
//   rt-host block    RUNTIME --state GENESIS [--transfers N] [--remarks M] [--block-out FILE]
//                                                 builds block 1 (inherents + N signed transfers
//                                                 //Alice -> //Bob), imports it with
//                                                 Core_execute_block; prints a JSON report with
//                                                 each call's time and host-heap counters
// Options for every command:
//   --heap-pages N        extra memory pages (default 2048, Substrate's)
//   --allow-unresolved    load runtimes importing host functions this host lacks (calling one traps)
//   --logs                echo the runtime's log lines to stderr
//   --heap-stats          print the host allocator's counters for the call to stderr (JSON)
//   --state FILE          the storage the call starts from (JSON: {"0xkey":"0xvalue"}, a chain
//                         spec's genesis.raw, or a whole raw chain spec; host/storage/state_file.hpp)
//   --state-out FILE      write the storage after the call (same JSON, {"top":..,"childrenDefault":..})
// RUNTIME is raw wasm or compact.compressed. Bad input (not wasm, bad hex, a missing method, a
// trap) prints one line `rt-host: <reason>` and exits 1; usage errors exit 2.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "base/native/file_io.hpp"
#include "codec/codec.hpp"
#include "host/chain/block_builder.hpp"
#include "host/engine/runtime.hpp"
#include "host/storage/state_file.hpp"

namespace {

using rt::hostlib::engine::CallOptions;
using rt::hostlib::engine::CallResult;
using rt::hostlib::engine::Externalities;
using rt::hostlib::engine::LoadOptions;
using rt::hostlib::engine::Runtime;

constexpr const char* kUsage =
    "usage: rt-host version  RUNTIME [options]\n"
    "       rt-host metadata RUNTIME [--hex] [options]\n"
    "       rt-host call     RUNTIME METHOD HEX [METHOD HEX]... [options]\n"
    "       rt-host block    RUNTIME --state GENESIS [--transfers N] [--remarks M] [--block-out FILE] [options]\n"
    "options: --heap-pages N, --allow-unresolved, --logs, --heap-stats, --state FILE,\n"
    "         --state-out FILE\n";

int fail(const std::string& why) {
  std::fprintf(stderr, "rt-host: %s\n", why.c_str());
  return 1;
}

int usage(const std::string& why) {
  std::fprintf(stderr, "rt-host: %s\n%s", why.c_str(), kUsage);
  return 2;
}

rt::Result<std::vector<uint8_t>, std::string> parseHex(std::string_view text) {
  if (text.starts_with("0x") || text.starts_with("0X")) text.remove_prefix(2);
  if (text.size() % 2 != 0) return rt::Err(std::string("bad hex: odd number of digits"));
  std::vector<uint8_t> out;
  out.reserve(text.size() / 2);
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i < text.size(); i += 2) {
    const int hi = nibble(text[i]);
    const int lo = nibble(text[i + 1]);
    if (hi < 0 || lo < 0) return rt::Err("bad hex: '" + std::string(text.substr(i, 2)) + "' at offset " + std::to_string(i));
    out.push_back(static_cast<uint8_t>(hi << 4 | lo));
  }
  return out;
}

std::string toHex(std::span<const uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s = "0x";
  for (uint8_t b : bytes) {
    s += kDigits[b >> 4];
    s += kDigits[b & 15];
  }
  return s;
}

std::string jsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

/// sp_version::RuntimeVersion as Core_version returns it (system_version absent before Core v4).
struct DecodedVersion {
  std::string spec_name, impl_name;
  uint32_t authoring_version = 0, spec_version = 0, impl_version = 0;
  std::vector<std::pair<std::array<uint8_t, 8>, uint32_t>> apis;
  uint32_t transaction_version = 0;
  std::optional<uint8_t> system_version;
};

rt::Result<DecodedVersion, std::string> decodeVersion(std::span<const uint8_t> bytes) {
  rt::codec::Decoder d(bytes);
  DecodedVersion v;
  d(v.spec_name, v.impl_name, v.authoring_version, v.spec_version, v.impl_version, v.apis,
    v.transaction_version);
  if (!d.ok()) return rt::Err(std::string("Core_version returned an undecodable RuntimeVersion"));
  if (d.remaining() >= 1) {
    uint8_t sv = 0;
    d(sv);
    v.system_version = sv;
  }
  return v;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> positional;
  LoadOptions load_options;
  CallOptions call_options;
  Externalities ext;
  bool hex = false;
  bool heap_stats = false;
  std::string state_in;
  std::string state_out;
  std::string block_out;
  uint32_t transfers = 1;
  uint32_t remarks = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--state" || arg == "--state-out" || arg == "--block-out") {
      if (i + 1 >= argc) return usage(std::string(arg) + " needs a file");
      (arg == "--state" ? state_in : arg == "--state-out" ? state_out : block_out) = argv[++i];
    } else if (arg == "--remarks") {
      if (i + 1 >= argc) return usage("--remarks needs a number");
      char* end = nullptr;
      const unsigned long v = std::strtoul(argv[++i], &end, 10);
      if (*end != '\0' || v > 1000000) return usage("--remarks needs a number <= 1000000");
      remarks = static_cast<uint32_t>(v);
    } else if (arg == "--transfers") {
      if (i + 1 >= argc) return usage("--transfers needs a number");
      char* end = nullptr;
      const unsigned long v = std::strtoul(argv[++i], &end, 10);
      if (*end != '\0' || v > 1000000) return usage("--transfers needs a number <= 1000000");
      transfers = static_cast<uint32_t>(v);
    } else if (arg == "--heap-pages") {
      if (i + 1 >= argc) return usage("--heap-pages needs a number");
      char* end = nullptr;
      const unsigned long v = std::strtoul(argv[++i], &end, 10);
      if (*end != '\0' || v > 65536) return usage("--heap-pages needs a number of pages <= 65536");
      call_options.heap_pages = static_cast<uint32_t>(v);
    } else if (arg == "--allow-unresolved") {
      load_options.allow_unresolved_imports = true;
    } else if (arg == "--logs") {
      ext.echo_logs = true;
    } else if (arg == "--heap-stats") {
      heap_stats = true;
    } else if (arg == "--hex") {
      hex = true;
    } else if (arg == "-h" || arg == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (arg.starts_with("--")) {
      return usage("unknown option " + std::string(arg));
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() < 2) return usage("missing command or runtime");
  const std::string_view command = positional[0];
  if (command != "version" && command != "metadata" && command != "call" && command != "block") {
    return usage("unknown command " + std::string(command));
  }
  if (command == "call" ? (positional.size() < 4 || positional.size() % 2 != 0) : positional.size() != 2) {
    return usage("wrong number of arguments for " + std::string(command));
  }

  const std::string path(positional[1]);
  auto bytes = rt::native::readFile(path);
  if (!bytes) return fail(bytes.error());
  auto runtime = Runtime::load(bytes.value(), load_options);
  if (!runtime) return fail(path + ": " + runtime.error());

  if (!state_in.empty()) {
    auto text = rt::native::readFile(state_in);
    if (!text) return fail(text.error());
    auto parsed = rt::hostlib::storage::parseStateFile(
        std::string_view(reinterpret_cast<const char*>(text.value().data()), text.value().size()));
    if (!parsed) return fail(state_in + ": " + parsed.error());
    ext.storage = rt::hostlib::storage::Overlay(std::move(parsed.value().top), std::move(parsed.value().children));
  }

  if (command == "block") {
    if (state_in.empty()) return usage("block needs --state GENESIS");
    rt::hostlib::storage::StateFile genesis;
    genesis.top = ext.storage.view({});
    for (const auto& id : ext.storage.childTries()) genesis.children[id] = ext.storage.view(id);
    rt::hostlib::chain::BlockPlan plan;
    plan.transfers = transfers;
    plan.remarks = remarks;
    auto report = rt::hostlib::chain::buildBlock(*runtime.value(), genesis, plan);
    if (!report) return fail(report.error());
    const auto& rep = report.value();
    std::string calls_json;
    for (const auto& c : rep.calls) {
      if (!calls_json.empty()) calls_json += ",";
      char buf[256];
      std::snprintf(buf, sizeof buf,
                    "{\"method\":\"%s\",\"ms\":%.3f,\"exec_ms\":%.3f,\"heap_peak\":%llu,\"heap_used\":%llu,\"mallocs\":%llu}",
                    c.method.c_str(), c.ms, c.exec_ms, static_cast<unsigned long long>(c.heap.bytes_allocated_peak),
                    static_cast<unsigned long long>(c.heap.address_space_used),
                    static_cast<unsigned long long>(c.heap.malloc_calls));
      calls_json += buf;
    }
    std::printf("{\"number\":%u,\"stateRoot\":\"%s\",\"extrinsicsRoot\":\"%s\",\"inherents\":%u,"
                "\"transfers\":%u,\"transfersOk\":%u,\"remarks\":%u,\"remarksOk\":%u,\"blockBytes\":%zu,"
                "\"calls\":[%s]}\n",
                rep.header.number, toHex(rep.header.state_root).c_str(), toHex(rep.header.extrinsics_root).c_str(),
                rep.inherents, transfers, rep.transfers_ok, remarks, rep.remarks_ok, rep.block.size(), calls_json.c_str());
    if (!block_out.empty()) {
      // For other hosts (bench/run_smoldot_bench.mjs): the initialize header and the extrinsics.
      std::string text = "{\"initializeHeader\":\"" + toHex(rep.initialize_header) + "\",\"extrinsics\":[";
      for (size_t i = 0; i < rep.extrinsics.size(); ++i) {
        text += (i ? ",\"" : "\"") + toHex(rep.extrinsics[i]) + "\"";
      }
      text += "],\"inherents\":" + std::to_string(rep.inherents) + "}\n";
      if (auto written = rt::native::writeFile(block_out, text.data(), text.size()); !written) return fail(written.error());
    }
    if (!state_out.empty()) {
      const std::string text = rt::hostlib::storage::writeStateFile(rep.after);
      if (auto written = rt::native::writeFile(state_out, text.data(), text.size()); !written) return fail(written.error());
    }
    return 0;
  }

  std::vector<std::pair<std::string, std::vector<uint8_t>>> calls;
  if (command == "version") {
    calls.emplace_back("Core_version", std::vector<uint8_t>{});
  } else if (command == "metadata") {
    calls.emplace_back("Metadata_metadata", std::vector<uint8_t>{});
  } else {
    for (size_t i = 2; i + 1 < positional.size(); i += 2) {
      auto parsed = parseHex(positional[i + 1]);
      if (!parsed) return fail(std::string(positional[i]) + ": " + parsed.error());
      calls.emplace_back(std::string(positional[i]), std::move(parsed).value());
    }
  }
  std::vector<CallResult> results;
  for (const auto& [method, input] : calls) {
    auto result = runtime.value()->call(method, input, ext, call_options);
    if (!result) return fail(result.error());
    results.push_back(std::move(result).value());
  }
  const CallResult& r = results.back();
  if (!state_out.empty()) {
    rt::hostlib::storage::StateFile after;
    after.top = ext.storage.view({});
    for (const auto& id : ext.storage.childTries()) after.children[id] = ext.storage.view(id);
    const std::string text = rt::hostlib::storage::writeStateFile(after);
    if (auto written = rt::native::writeFile(state_out, text.data(), text.size()); !written) {
      return fail(written.error());
    }
  }
  if (heap_stats) {
    std::fprintf(stderr,
                 "{\"heap_base\":%u,\"bytes_allocated_peak\":%llu,\"address_space_used\":%llu,"
                 "\"bytes_requested\":%llu,\"malloc_calls\":%llu,\"free_calls\":%llu}\n",
                 r.heap_base, static_cast<unsigned long long>(r.heap.bytes_allocated_peak),
                 static_cast<unsigned long long>(r.heap.address_space_used),
                 static_cast<unsigned long long>(r.heap.bytes_requested),
                 static_cast<unsigned long long>(r.heap.malloc_calls),
                 static_cast<unsigned long long>(r.heap.free_calls));
  }

  if (command == "version") {
    auto v = decodeVersion(r.output);
    if (!v) return fail(v.error());
    std::string apis;
    for (const auto& [id, version] : v.value().apis) {
      if (!apis.empty()) apis += ",";
      apis += "[\"" + toHex(id) + "\"," + std::to_string(version) + "]";
    }
    std::printf(
        "{\"specName\":%s,\"implName\":%s,\"authoringVersion\":%u,\"specVersion\":%u,"
        "\"implVersion\":%u,\"apis\":[%s],\"transactionVersion\":%u,\"systemVersion\":%s}\n",
        jsonString(v.value().spec_name).c_str(), jsonString(v.value().impl_name).c_str(),
        v.value().authoring_version, v.value().spec_version, v.value().impl_version, apis.c_str(),
        v.value().transaction_version,
        v.value().system_version ? std::to_string(*v.value().system_version).c_str() : "null");
  } else if (command == "metadata" && !hex) {
    // OpaqueMetadata = Vec<u8>: compact length, then "meta" + the RuntimeMetadataPrefixed version.
    rt::codec::Decoder d(r.output);
    std::vector<uint8_t> metadata;
    d(metadata);
    if (!d.ok() || metadata.size() < 5 || std::memcmp(metadata.data(), "meta", 4) != 0) {
      return fail("Metadata_metadata did not return Vec<u8> starting with \"meta\"");
    }
    std::printf("{\"bytes\":%zu,\"magic\":\"meta\",\"version\":%u}\n", metadata.size(), metadata[4]);
  } else {
    for (const CallResult& each : results) std::printf("%s\n", toHex(each.output).c_str());
  }
  return 0;
}
