// SPDX-License-Identifier: Apache-2.0
// runtime-version-sections OUTDIR: writes runtime_version.bin and runtime_apis.bin, the bytes of
// the `runtime_version` and `runtime_apis` custom sections the post-pass embeds in the runtime.
// It runs the same encoder Core_version runs, so the section and the entry point cannot differ.
#include <cstdio>
#include <string>
#include <vector>

#include "base/native/file_io.hpp"
#include "runtime/version.hpp"

namespace {

bool writeSection(const std::string& path, const std::vector<uint8_t>& bytes) {
  auto written = rt::native::writeFile(path, bytes.data(), bytes.size());
  if (!written) std::fprintf(stderr, "runtime-version-sections: %s\n", written.error().c_str());
  return written.has_value();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: runtime-version-sections OUTDIR\n");
    return 2;
  }
  const std::string dir = argv[1];
  const bool ok = writeSection(dir + "/runtime_version.bin", rt::runtime::encodeRuntimeVersion()) &&
                  writeSection(dir + "/runtime_apis.bin", rt::runtime::encodeRuntimeApisSection());
  return ok ? 0 : 1;
}
