// SPDX-License-Identifier: Apache-2.0
// Reader: metadata's SCALE shapes over rt::codec::Decoder, with located one-line errors.
#include "host/metadata/reader.hpp"

#include "codec/collections.hpp"
#include "codec/compact.hpp"
#include "codec/fixed_int.hpp"

namespace rt::hostlib::metadata {

void Reader::check() {
  if (error_.empty() && !d_.ok()) fail(rt::codec::toString(d_.error()));
}

std::string Reader::where() const {
  std::string out;
  for (const Frame& f : frames_) {
    if (f.what[0] != '\0') {
      if (!out.empty()) out += " > ";
      out += f.what;
    }
    if (f.index != kNoIndex) out += "[" + std::to_string(f.index) + "]";
    if (!f.name.empty()) out += " \"" + f.name + "\"";
  }
  return out;
}

void Reader::fail(std::string_view why) {
  if (!error_.empty()) return;
  const std::string at = where();
  error_ = at.empty() ? std::string(why) : at + ": " + std::string(why);
  error_ += " (at byte " + std::to_string(d_.offset()) + " of " + std::to_string(size_) + ")";
  // Make the decoder sticky too: every later read yields zeros.
  d_.fail(rt::codec::DecodeError::InvalidValue);
}

void Reader::expectEnd(const char* what) {
  if (ok() && remaining() != 0) {
    fail(std::to_string(remaining()) + " bytes left over after " + what);
  }
}

uint8_t Reader::u8() {
  const uint8_t v = d_.takeByte();
  check();
  return v;
}

uint32_t Reader::u32() {
  uint32_t v = 0;
  d_ >> v;
  check();
  return v;
}

uint32_t Reader::compactU32() {
  const uint32_t v = rt::codec::decodeCompact<uint32_t>(d_);
  check();
  return v;
}

std::string Reader::string() {
  std::string s;
  d_ >> s;
  check();
  return s;
}

std::vector<std::string> Reader::strings(const char* what) {
  std::vector<std::string> v;
  std::size_t n = 0;
  {
    auto s = scope(what);
    n = length(1);
  }
  for (std::size_t i = 0; i < n && ok(); ++i) {
    auto s = scope(what, i);
    v.push_back(string());
  }
  if (!ok()) v.clear();
  return v;
}

std::vector<uint8_t> Reader::bytes() {
  std::vector<uint8_t> v;
  d_ >> v;
  check();
  return v;
}

std::span<const uint8_t> Reader::raw(std::size_t n) {
  const uint8_t* p = d_.take(n);
  check();
  if (p == nullptr) return {};
  return {p, n};
}

bool Reader::optionTag() {
  const uint8_t tag = u8();
  if (tag > 1) {
    fail("invalid Option tag " + std::to_string(tag));
    return false;
  }
  return tag == 1;
}

uint8_t Reader::enumTag(uint8_t count, const char* what) {
  const uint8_t tag = u8();
  if (ok() && tag >= count) {
    fail(std::string("unknown ") + what + " variant " + std::to_string(tag));
    return 0;
  }
  return tag;
}

std::size_t Reader::length(std::size_t min_element_size) {
  const std::size_t n = rt::codec::decodeLength(d_, min_element_size);
  check();
  return n;
}

}  // namespace rt::hostlib::metadata
