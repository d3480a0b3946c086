// SPDX-License-Identifier: Apache-2.0
// Whole-file reads and writes for the native tools (see file_io.hpp).
#include "base/native/file_io.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace rt::native {

rt::Result<std::vector<uint8_t>, std::string> readFile(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return rt::Err("cannot open " + path + ": " + std::strerror(errno));
  std::vector<uint8_t> bytes;
  uint8_t buffer[65536];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
    bytes.insert(bytes.end(), buffer, buffer + n);
  }
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return rt::Err("cannot read " + path);
  return bytes;
}

rt::Result<rt::Unit, std::string> writeFile(const std::string& path, const void* data, size_t size) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return rt::Err("cannot create " + path + ": " + std::strerror(errno));
  bool failed = std::fwrite(data, 1, size, f) != size;
  failed |= std::fclose(f) != 0;
  if (failed) return rt::Err("cannot write " + path);
  return rt::Unit{};
}

}  // namespace rt::native
