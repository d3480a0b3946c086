// SPDX-License-Identifier: Apache-2.0
// The host-function allow-list: compiled in from host_functions.def through the X-macro, or
// parsed from a .def file at run time (--host-functions). Both paths check the same rules: a
// result of void/i32/i64, params of i32/i64, no duplicate names.
#include "host_functions.hpp"

#include <algorithm>

namespace rt::tools {

namespace {

/// One X-macro entry before checking: the stringized name, result and parameter list.
struct RawEntry {
  const char* name;
  const char* result;
  const char* params;  ///< e.g. "i32, i64", or "" for none
};

// RT_HOST_FUNCTIONS_DEF_PATH is the quoted path of host_functions.def, set by CMake.
#if defined(RT_HOST_FUNCTIONS_DEF_PATH) && __has_include(RT_HOST_FUNCTIONS_DEF_PATH)
constexpr bool kHaveBuiltin = true;
#define RT_HOST_FUNCTION(name, result, ...) RawEntry{#name, #result, #__VA_ARGS__},
constexpr RawEntry kBuiltin[] = {
#include RT_HOST_FUNCTIONS_DEF_PATH
    RawEntry{nullptr, nullptr, nullptr},  // keeps the array non-empty
};
#undef RT_HOST_FUNCTION
#else
constexpr bool kHaveBuiltin = false;
constexpr RawEntry kBuiltin[] = {RawEntry{nullptr, nullptr, nullptr}};
#endif

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

/// Splits "a, b, c" on commas and trims each part; "" gives no parts.
std::vector<std::string> splitList(std::string_view text) {
  std::vector<std::string> parts;
  if (trim(text).empty()) return parts;
  while (true) {
    size_t comma = text.find(',');
    parts.emplace_back(trim(text.substr(0, comma)));
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return parts;
}

bool isIdentifier(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

rt::Result<HostFunction, std::string> makeEntry(std::string_view name, std::string_view result,
                                                std::string_view params) {
  HostFunction f;
  f.name = std::string(trim(name));
  f.result = std::string(trim(result));
  f.params = splitList(params);
  if (!isIdentifier(f.name)) return rt::Err("bad host function name '" + f.name + "'");
  if (f.result != "void" && f.result != "i32" && f.result != "i64") {
    return rt::Err(f.name + ": result must be void, i32 or i64, not '" + f.result + "'");
  }
  for (const auto& p : f.params) {
    if (p != "i32" && p != "i64") {
      return rt::Err(f.name + ": parameter must be i32 or i64, not '" + p + "'");
    }
  }
  return f;
}

}  // namespace

std::string formatSignature(const std::vector<std::string>& params, const std::string& result) {
  std::string s = "(";
  for (size_t i = 0; i < params.size(); ++i) {
    if (i != 0) s += ", ";
    s += params[i];
  }
  return s + ") -> " + result;
}

rt::Result<HostFunctions, std::string> HostFunctions::builtin() {
  HostFunctions list;
  list.available_ = kHaveBuiltin;
  for (const RawEntry& raw : kBuiltin) {
    if (raw.name == nullptr) break;
    auto entry = makeEntry(raw.name, raw.result, raw.params);
    if (!entry) return rt::Err("built-in host_functions.def: " + entry.error());
    list.functions_.push_back(std::move(entry).value());
  }
  return list;
}

rt::Result<HostFunctions, std::string> HostFunctions::parse(std::string_view text) {
  constexpr std::string_view kMacro = "RT_HOST_FUNCTION(";
  HostFunctions list;
  size_t line_no = 0;
  while (!text.empty()) {
    ++line_no;
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);

    if (size_t comment = line.find("//"); comment != std::string_view::npos) {
      line = line.substr(0, comment);
    }
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;  // blank, or a preprocessor line
    auto fail = [&](const std::string& why) {
      return rt::Err("line " + std::to_string(line_no) + ": " + why);
    };
    if (!line.starts_with(kMacro) || line.back() != ')') {
      return fail("expected RT_HOST_FUNCTION(name, result, params...)");
    }
    std::string_view args = line.substr(kMacro.size(), line.size() - kMacro.size() - 1);
    size_t first = args.find(',');
    if (first == std::string_view::npos) return fail("expected a name and a result");
    std::string_view rest = args.substr(first + 1);
    size_t second = rest.find(',');
    std::string_view result = rest.substr(0, second);
    std::string_view params =
        second == std::string_view::npos ? std::string_view() : rest.substr(second + 1);
    auto entry = makeEntry(args.substr(0, first), result, params);
    if (!entry) return fail(entry.error());
    if (list.find(entry->name) != nullptr) return fail("duplicate entry " + entry->name);
    list.functions_.push_back(std::move(entry).value());
  }
  return list;
}

const HostFunction* HostFunctions::find(std::string_view name) const {
  for (const auto& f : functions_) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace rt::tools
