// SPDX-License-Identifier: Apache-2.0
// The C++ side of the fixture's canonical value text (see the header of
// vectors/polkadot_types.txt), and the registry types the generator defines (TestEnum, TestCLike,
// TestSimple, TestStruct, TestNested) spelled as C++ types. vectors_test.cpp formats every decoded
// value with toText() and compares it with the text @polkadot/types printed.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include "codec/codec.hpp"
#include "test_util.hpp"

namespace rt::codec::test {

// --- registry types of generate.mjs ---

/// TestEnum: { A: u32, B: Text, C: Null, D: (u8,bool) }
struct TestEnum {
  std::variant<u32, std::string, std::monostate, std::tuple<u8, bool>> v;
  template <class Ar>
  friend void scale(Ar& ar, TestEnum& e) {
    ar(e.v);
  }
};

/// TestCLike: { First: 0, Second: 5, Third: 200 }
enum class TestCLike : u8 { First = 0, Second = 5, Third = 200 };
constexpr bool scaleEnumValid(TestCLike e) {
  return e == TestCLike::First || e == TestCLike::Second || e == TestCLike::Third;
}

/// TestSimple: [Alpha, Beta, Gamma]
enum class TestSimple : u8 { Alpha, Beta, Gamma };
constexpr bool scaleEnumValid(TestSimple e) { return static_cast<u8>(e) <= 2; }

/// TestStruct: { a: u32, b: Compact<u64>, c: Vec<u8>, d: Option<bool> }
struct TestStruct {
  u32 a = 0;
  Compact<u64> b;
  std::vector<u8> c;
  std::optional<bool> d;
  template <class Ar>
  friend void scale(Ar& ar, TestStruct& s) {
    ar(s.a, s.b, s.c, s.d);
  }
};

/// TestNested: { id: u64, inner: TestStruct, tags: Vec<Text>, kind: TestEnum,
///               extra: Option<(u16,Text)> }
struct TestNested {
  u64 id = 0;
  TestStruct inner;
  std::vector<std::string> tags;
  TestEnum kind;
  std::optional<std::tuple<u16, std::string>> extra;
  template <class Ar>
  friend void scale(Ar& ar, TestNested& s) {
    ar(s.id, s.inner, s.tags, s.kind, s.extra);
  }
};

// --- declarations first, so the templates below see every overload ---
inline std::string toText(bool v);
template <ScaleInteger T>
std::string toText(T v);
template <class T>
std::string toText(const Compact<T>& v);
inline std::string toText(const std::string& v);
inline std::string toText(const std::vector<u8>& v);
template <std::size_t N>
std::string toText(const std::array<u8, N>& v);
template <class T>
std::string toText(const std::vector<T>& v);
template <class T, std::size_t N>
std::string toText(const std::array<T, N>& v);
template <class T>
std::string toText(const std::optional<T>& v);
inline std::string toText(const OptionBool& v);
template <class T, class E>
std::string toText(const rt::Result<T, E>& v);
template <class... Ts>
std::string toText(const std::tuple<Ts...>& v);
template <class K, class V>
std::string toText(const std::map<K, V>& v);
template <class T>
std::string toText(const std::set<T>& v);
inline std::string toText(const rt::Unit&) { return "()"; }
inline std::string toText(const TestEnum& v);
inline std::string toText(TestCLike v);
inline std::string toText(TestSimple v);
inline std::string toText(const TestStruct& v);
inline std::string toText(const TestNested& v);

// --- definitions ---
inline std::string toText(bool v) { return v ? "true" : "false"; }

template <ScaleInteger T>
std::string toText(T v) {
  if constexpr (std::is_signed_v<T> || std::is_same_v<T, i128>) return toDecimal(static_cast<i128>(v));
  else return toDecimal(static_cast<u128>(v));
}

template <class T>
std::string toText(const Compact<T>& v) {
  return toText(v.value);
}

inline std::string toText(const std::string& v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = "\"";
  for (char c : v) {
    const u8 b = static_cast<u8>(c);
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (b < 0x20) out += std::string("\\u00") + kDigits[b >> 4] + kDigits[b & 15];
    else out += c;
  }
  return out + "\"";
}

inline std::string toText(const std::vector<u8>& v) { return toHex(v); }

template <std::size_t N>
std::string toText(const std::array<u8, N>& v) {
  return toHex(v);
}

template <class Range>
std::string joinText(const Range& r, const char* open, const char* close) {
  std::string out = open;
  bool first = true;
  for (const auto& x : r) {
    if (!first) out += ",";
    first = false;
    out += toText(x);
  }
  return out + close;
}

template <class T>
std::string toText(const std::vector<T>& v) {
  if constexpr (std::is_same_v<T, bool>) {
    std::vector<u8> bytes(v.begin(), v.end());
    std::string out = "[";
    for (std::size_t i = 0; i < bytes.size(); ++i) out += (i ? "," : "") + toText(bytes[i] != 0);
    return out + "]";
  } else {
    return joinText(v, "[", "]");
  }
}

template <class T, std::size_t N>
std::string toText(const std::array<T, N>& v) {
  return joinText(v, "[", "]");
}

template <class T>
std::string toText(const std::optional<T>& v) {
  return v.has_value() ? "Some(" + toText(*v) + ")" : "None";
}

inline std::string toText(const OptionBool& v) { return toText(v.value); }

template <class T, class E>
std::string toText(const rt::Result<T, E>& v) {
  return v.has_value() ? "Ok(" + toText(v.value()) + ")" : "Err(" + toText(v.error()) + ")";
}

template <class... Ts>
std::string toText(const std::tuple<Ts...>& v) {
  std::string out = "(";
  std::size_t i = 0;
  std::apply([&](const auto&... xs) { ((out += (i++ ? "," : "") + toText(xs)), ...); }, v);
  return out + ")";
}

template <class K, class V>
std::string toText(const std::map<K, V>& v) {
  std::string out = "{";
  for (const auto& [k, x] : v) out += (out.size() > 1 ? "," : "") + toText(k) + ":" + toText(x);
  return out + "}";
}

template <class T>
std::string toText(const std::set<T>& v) {
  return joinText(v, "{", "}");
}

inline std::string toText(const TestEnum& e) {
  static constexpr const char* kNames[] = {"A", "B", "C", "D"};
  std::string name = kNames[e.v.index()];
  if (const auto* a = std::get_if<0>(&e.v)) return name + "(" + toText(*a) + ")";
  if (const auto* b = std::get_if<1>(&e.v)) return name + "(" + toText(*b) + ")";
  if (const auto* d = std::get_if<3>(&e.v)) return name + "(" + toText(*d) + ")";
  return name;
}

inline std::string toText(TestCLike v) {
  switch (v) {
    case TestCLike::First: return "First";
    case TestCLike::Second: return "Second";
    case TestCLike::Third: return "Third";
  }
  return "?";
}

inline std::string toText(TestSimple v) {
  static constexpr const char* kNames[] = {"Alpha", "Beta", "Gamma"};
  return kNames[static_cast<u8>(v)];
}

inline std::string toText(const TestStruct& s) {
  return "{a:" + toText(s.a) + ",b:" + toText(s.b) + ",c:" + toText(s.c) + ",d:" + toText(s.d) + "}";
}

inline std::string toText(const TestNested& s) {
  return "{id:" + toText(s.id) + ",inner:" + toText(s.inner) + ",tags:" + toText(s.tags) +
         ",kind:" + toText(s.kind) + ",extra:" + toText(s.extra) + "}";
}

}  // namespace rt::codec::test
