// SPDX-License-Identifier: Apache-2.0
// runtime-version-sections OUTDIR: writes runtime_version.bin and runtime_apis.bin, the bytes of
// the `runtime_version` and `runtime_apis` custom sections the post-pass embeds in the runtime.
// It runs the same encoder Core_version runs, so the section and the entry point cannot differ.
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/version.hpp"

namespace {

bool writeFile(const std::string& path, const std::vector<uint8_t>& bytes) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    std::fprintf(stderr, "runtime-version-sections: cannot write %s\n", path.c_str());
    return false;
  }
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  return std::fclose(f) == 0 && ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: runtime-version-sections OUTDIR\n");
    return 2;
  }
  const std::string dir = argv[1];
  const bool ok = writeFile(dir + "/runtime_version.bin", rt::runtime::encodeRuntimeVersion()) &&
                  writeFile(dir + "/runtime_apis.bin", rt::runtime::encodeRuntimeApisSection());
  return ok ? 0 : 1;
}
