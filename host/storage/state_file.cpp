// SPDX-License-Identifier: Apache-2.0
#include "host/storage/state_file.hpp"

#define JSON_NOEXCEPTION 1
#include <nlohmann/json.hpp>

namespace rt::hostlib::storage {

std::string toHex(std::span<const uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s = "0x";
  s.reserve(2 + bytes.size() * 2);
  for (uint8_t b : bytes) {
    s += kDigits[b >> 4];
    s += kDigits[b & 15];
  }
  return s;
}

rt::Result<Bytes, std::string> fromHex(std::string_view text) {
  if (text.starts_with("0x") || text.starts_with("0X")) text.remove_prefix(2);
  if (text.size() % 2 != 0) return rt::Err(std::string("bad hex: odd number of digits"));
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  Bytes out;
  out.reserve(text.size() / 2);
  for (size_t i = 0; i < text.size(); i += 2) {
    const int hi = nibble(text[i]);
    const int lo = nibble(text[i + 1]);
    if (hi < 0 || lo < 0) {
      return rt::Err("bad hex: '" + std::string(text.substr(i, 2)) + "' at offset " + std::to_string(i));
    }
    out.push_back(static_cast<uint8_t>(hi << 4 | lo));
  }
  return out;
}

namespace {

using nlohmann::json;

rt::Result<State, std::string> parseMap(const json& object, const std::string& where) {
  if (!object.is_object()) return rt::Err(where + ": expected an object of hex keys to hex values");
  State state;
  for (const auto& [key, value] : object.items()) {
    auto k = fromHex(key);
    if (!k) return rt::Err(where + "[\"" + key + "\"]: key: " + k.error());
    if (!value.is_string()) return rt::Err(where + "[\"" + key + "\"]: value is not a hex string");
    auto v = fromHex(value.get<std::string>());
    if (!v) return rt::Err(where + "[\"" + key + "\"]: " + v.error());
    state.emplace(std::move(k).value(), std::move(v).value());
  }
  return state;
}

rt::Result<StateFile, std::string> parseRaw(const json& raw, const std::string& where) {
  if (!raw.is_object() || !raw.contains("top")) return rt::Err(where + ": no \"top\" object");
  StateFile file;
  RT_TRY(file.top, parseMap(raw.at("top"), where + ".top"));
  if (raw.contains("childrenDefault")) {
    const json& children = raw.at("childrenDefault");
    if (!children.is_object()) return rt::Err(where + ".childrenDefault: expected an object");
    for (const auto& [key, value] : children.items()) {
      auto k = fromHex(key);
      if (!k) return rt::Err(where + ".childrenDefault[\"" + key + "\"]: " + k.error());
      RT_TRY(auto child, parseMap(value, where + ".childrenDefault[\"" + key + "\"]"));
      file.children.emplace(std::move(k).value(), std::move(child));
    }
  }
  return file;
}

}  // namespace

rt::Result<StateFile, std::string> parseStateFile(std::string_view text) {
  const json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return rt::Err(std::string("not valid JSON"));
  if (!doc.is_object()) return rt::Err(std::string("expected a JSON object"));
  if (doc.contains("genesis")) {
    const json& genesis = doc.at("genesis");
    if (!genesis.is_object() || !genesis.contains("raw")) {
      return rt::Err(std::string("chain spec has no genesis.raw (build it with --raw)"));
    }
    return parseRaw(genesis.at("raw"), "genesis.raw");
  }
  if (doc.contains("top")) return parseRaw(doc, "state");
  StateFile file;
  RT_TRY(file.top, parseMap(doc, "state"));
  return file;
}

std::string writeStateFile(const StateFile& state) {
  json top = json::object();
  for (const auto& [k, v] : state.top) top[toHex(k)] = toHex(v);
  json children = json::object();
  for (const auto& [id, child] : state.children) {
    json c = json::object();
    for (const auto& [k, v] : child) c[toHex(k)] = toHex(v);
    children[toHex(id)] = c;
  }
  json doc = json::object();
  doc["top"] = top;
  doc["childrenDefault"] = children;
  return doc.dump(1) + "\n";
}

}  // namespace rt::hostlib::storage
