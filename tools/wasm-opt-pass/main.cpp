// SPDX-License-Identifier: Apache-2.0
// wasm-opt-pass: command line and pipeline of the post-link pass.
//
//   wasm-opt-pass IN -o OUT [--heap-base-offset BYTES] [--custom-section NAME=FILE]...
//                 [--zero-filled-memory] [--strip] [--emit-text]
//
// IN is a binary module or a text (.wat) one (told apart by the \0asm magic). The passes run in
// this order: memory_import, heap_base, mvp_validate on the Binaryen module; then the module is
// serialized (with its name section) and zero_data, custom_sections and strip edit those bytes. OUT is the
// binary, or with --emit-text Binaryen's text form of exactly those bytes (for golden tests).
// Exit codes: 0 ok, 1 invalid module or failed pass, 2 usage error.
#include <binaryen-c.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "base/native/file_io.hpp"
#include "binary_sections.hpp"
#include "passes.hpp"

namespace rt::tools {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

constexpr const char* kUsage =
    "usage: wasm-opt-pass IN -o OUT [--heap-base-offset BYTES] [--custom-section NAME=FILE]...\n"
    "                     [--zero-filled-memory] [--strip] [--emit-text]\n"
    "  IN                       wasm binary or text module (wasm-ld output)\n"
    "  -o OUT                   output module\n"
    "  --heap-base-offset BYTES raise the exported __heap_base by BYTES (conservative GC region)\n"
    "  --custom-section N=FILE  add custom section N with FILE's bytes (replaces an existing N)\n"
    "  --zero-filled-memory     drop zero bytes of data segments (the host's memory starts zeroed)\n"
    "  --strip                  remove the name, producers and debug sections\n"
    "  --emit-text              write OUT as Binaryen's text format instead of binary\n";

/// Parsed command line.
struct Options {
  std::string input;
  std::string output;
  uint32_t heap_base_offset = 0;
  std::vector<std::pair<std::string, std::string>> custom_sections;  ///< (name, file)
  bool zero_filled_memory = false;
  bool strip = false;
  bool emit_text = false;
  bool help = false;
};

int usageError(const std::string& why) {
  std::fprintf(stderr, "wasm-opt-pass: %s\n%s", why.c_str(), kUsage);
  return kExitUsage;
}

int failure(const std::string& why) {
  std::fprintf(stderr, "wasm-opt-pass: %s\n", why.c_str());
  return kExitFailed;
}

/// Parses a byte count: decimal or 0x-prefixed hex, at most 2^32 - 1.
bool parseBytes(const char* text, uint32_t& out) {
  if (text == nullptr || *text == '\0' || *text == '-') return false;
  errno = 0;
  char* end = nullptr;
  unsigned long long v = std::strtoull(text, &end, 0);
  if (errno != 0 || *end != '\0' || v > UINT32_MAX) return false;
  out = static_cast<uint32_t>(v);
  return true;
}

/// Returns an empty string on success, else the usage error.
std::string parseArgs(int argc, char** argv, Options& opts) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "-o") {
      const char* v = value();
      if (v == nullptr) return "-o needs a file";
      opts.output = v;
    } else if (arg == "--heap-base-offset") {
      const char* v = value();
      if (!parseBytes(v, opts.heap_base_offset)) {
        return "--heap-base-offset needs a byte count below 4 GiB";
      }
    } else if (arg == "--custom-section") {
      const char* v = value();
      std::string spec = v ? v : "";
      size_t eq = spec.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size()) {
        return "--custom-section needs NAME=FILE";
      }
      opts.custom_sections.emplace_back(spec.substr(0, eq), spec.substr(eq + 1));
    } else if (arg == "--zero-filled-memory") {
      opts.zero_filled_memory = true;
    } else if (arg == "--strip") {
      opts.strip = true;
    } else if (arg == "--emit-text") {
      opts.emit_text = true;
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
  if (opts.help) return {};
  if (opts.input.empty()) return "missing input module";
  if (opts.output.empty()) return "missing -o OUT";
  return {};
}

/// Serializes `module`; names are written (the global debugInfo flag is on) and stripped later.
std::vector<uint8_t> serialize(BinaryenModuleRef module) {
  BinaryenModuleAllocateAndWriteResult written = BinaryenModuleAllocateAndWrite(module, nullptr);
  const auto* begin = static_cast<const uint8_t*>(written.binary);
  std::vector<uint8_t> bytes(begin, begin + written.binaryBytes);
  std::free(written.binary);
  std::free(written.sourceMap);
  return bytes;
}

/// Reads IN as text or binary. On malformed input Binaryen's parsers print their own message
/// ("Fatal: error in parsing ...") and _Exit(1), which is still exit code 1; truncated binaries
/// are caught first by splitSections with a message of ours.
BytesResult<BinaryenModuleRef> load(std::vector<uint8_t>& bytes) {
  if (!hasWasmMagic(bytes)) {
    std::string text(bytes.begin(), bytes.end());
    BinaryenModuleRef module = BinaryenModuleParse(text.c_str());
    bytes = serialize(module);  // memory limits are read from bytes (see binary_sections.hpp)
    return module;
  }
  RT_TRY_VOID(splitSections(bytes));  // a clear message for truncated input, before Binaryen
  return BinaryenModuleRead(reinterpret_cast<char*>(bytes.data()), bytes.size());
}

Status run(const Options& opts) {
  std::vector<CustomSection> sections;
  std::vector<std::string> keep;
  for (const auto& [name, file] : opts.custom_sections) {
    RT_TRY(auto data, rt::native::readFile(file));
    sections.push_back({name, std::move(data)});
    keep.push_back(name);
  }

  RT_TRY(auto bytes, rt::native::readFile(opts.input));
  if (opts.strip && hasWasmMagic(bytes)) {  // see isDebugInfoSection
    RT_TRY(bytes, withoutCustomSections(
                      bytes, [](std::string_view name) { return isDebugInfoSection(name); }));
  }
  BinaryenSetDebugInfo(true);
  RT_TRY(BinaryenModuleRef module, load(bytes));
  RT_TRY(MemoryInfo memory, readMemoryInfo(bytes));

  // Failures below return without disposing of `module`: the process exits right after.
  ModuleState state{module};
  RT_TRY_VOID(memoryImport(state, memory));
  RT_TRY_VOID(heapBase(state, opts.heap_base_offset));
  RT_TRY_VOID(mvpValidate(state));
  std::vector<uint8_t> binary = serialize(module);
  BinaryenModuleDispose(module);

  if (opts.zero_filled_memory) {
    RT_TRY_VOID(zeroData(binary));
  }
  RT_TRY_VOID(customSections(binary, sections));
  if (opts.strip) {
    RT_TRY_VOID(strip(binary, keep));
  }

  if (!opts.emit_text) return rt::native::writeFile(opts.output, binary.data(), binary.size());
  BinaryenModuleRef final_module =
      BinaryenModuleRead(reinterpret_cast<char*>(binary.data()), binary.size());
  char* text = BinaryenModuleAllocateAndWriteText(final_module);
  Status written = rt::native::writeFile(opts.output, text, std::strlen(text));
  std::free(text);
  BinaryenModuleDispose(final_module);
  return written;
}

}  // namespace

}  // namespace rt::tools

int main(int argc, char** argv) {
  using namespace rt::tools;
  Options opts;
  std::string usage = parseArgs(argc, argv, opts);
  if (opts.help) {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  if (!usage.empty()) return usageError(usage);
  Status status = run(opts);
  if (!status) return failure(status.error());
  return kExitOk;
}
