// SPDX-License-Identifier: Apache-2.0
// host/engine: runtimes load and run on wabt's interpreter as a Polkadot host runs them.
// Uses this project's runtimes (RT_ARTIFACT_DIR, written by `make build`) and the peer runtimes
// in ../shared/peers (skipped with a message where absent).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "base/native/file_io.hpp"
#include "codec/codec.hpp"
#include "host/engine/blob.hpp"
#include "host/engine/runtime.hpp"

using namespace rt::hostlib::engine;

namespace {

std::vector<uint8_t> read(const std::string& path) {
  auto bytes = rt::native::readFile(path);
  REQUIRE_MESSAGE(bytes.has_value(), path << ": " << (bytes ? "" : bytes.error()));
  return std::move(bytes).value();
}

std::unique_ptr<Runtime> load(const std::string& path, bool allow_unresolved = false) {
  auto runtime = Runtime::load(read(path), LoadOptions{.allow_unresolved_imports = allow_unresolved});
  REQUIRE_MESSAGE(runtime.has_value(), path << ": " << (runtime ? "" : runtime.error()));
  return std::move(runtime).value();
}

const std::string kArtifacts = RT_ARTIFACT_DIR;
const std::string kPeers = RT_PEERS_DIR;

}  // namespace

TEST_CASE("both GC builds: Core_version equals the embedded runtime_version section") {
  for (const char* gc : {"host_heap", "conservative"}) {
    CAPTURE(gc);
    for (const char* form : {"wasm", "compact.compressed.wasm"}) {
      auto runtime = load(kArtifacts + "/runtime-" + gc + "." + form);
      Externalities ext;
      auto r = runtime->call("Core_version", {}, ext);
      REQUIRE_MESSAGE(r.has_value(), (r ? "" : r.error()));
      const auto section = runtime->customSection("runtime_version");
      REQUIRE(section.has_value());
      CHECK(r.value().output == *section);
      CHECK(r.value().heap.malloc_calls >= 1);  // the input and the result
    }
  }
}

TEST_CASE("the conservative build's host heap starts above the GC region") {
  auto conservative = load(kArtifacts + "/runtime-conservative.wasm");
  auto host_heap = load(kArtifacts + "/runtime-host_heap.wasm");
  Externalities ext;
  auto c = conservative->call("Core_version", {}, ext);
  auto h = host_heap->call("Core_version", {}, ext);
  REQUIRE(c.has_value());
  REQUIRE(h.has_value());
  CHECK(c.value().heap_base >= h.value().heap_base + RT_GC_REGION_SIZE);
}

TEST_CASE("memory = the module's initial pages + heap pages (option, else :heappages, else 2048)") {
  auto runtime = load(kArtifacts + "/runtime-host_heap.wasm");
  Externalities ext;
  auto by_default = runtime->call("Core_version", {}, ext);
  REQUIRE(by_default.has_value());
  const uint32_t initial = by_default.value().memory_pages - kDefaultHeapPages;

  const std::vector<uint8_t> key = {':', 'h', 'e', 'a', 'p', 'p', 'a', 'g', 'e', 's'};
  ext.storage.set({}, key, std::vector<uint8_t>{16, 0, 0, 0, 0, 0, 0, 0});
  auto from_state = runtime->call("Core_version", {}, ext);
  REQUIRE(from_state.has_value());
  CHECK(from_state.value().memory_pages == initial + 16);

  auto from_option = runtime->call("Core_version", {}, ext, CallOptions{.heap_pages = 100});
  REQUIRE(from_option.has_value());
  CHECK(from_option.value().memory_pages == initial + 100);

  ext.storage.set({}, key, std::vector<uint8_t>{1, 2, 3});
  auto bad = runtime->call("Core_version", {}, ext);
  REQUIRE(!bad.has_value());
  CHECK(bad.error() == ":heappages is not a u64");
}

TEST_CASE("bad input: a clear one-line error, never a crash") {
  const std::vector<uint8_t> junk = {'n', 'o', 't', ' ', 'w', 'a', 's', 'm'};
  auto r = Runtime::load(junk);
  REQUIRE(!r.has_value());
  CHECK(r.error().find("not a wasm module") != std::string::npos);

  std::vector<uint8_t> truncated = read(kArtifacts + "/runtime-host_heap.compact.compressed.wasm");
  truncated.resize(truncated.size() / 2);
  auto t = Runtime::load(truncated);
  REQUIRE(!t.has_value());
  CHECK(t.error().find("compact.compressed") != std::string::npos);

  auto runtime = load(kArtifacts + "/runtime-host_heap.wasm");
  Externalities ext;
  auto missing = runtime->call("Nope_nope", {}, ext);
  REQUIRE(!missing.has_value());
  CHECK(missing.error() == "the runtime has no entry point Nope_nope");
}

TEST_CASE("a runtime importing a host function this host lacks is refused unless allowed") {
  const std::string path = kPeers + "/rust_node_template_runtime.wasm";
  if (!std::filesystem::exists(path)) {
    MESSAGE("skipped: " << path << " not found");
    return;
  }
  auto strict = Runtime::load(read(path));
  if (!strict.has_value()) {
    CHECK(strict.error().find("does not provide") != std::string::npos);
  }
  CHECK(Runtime::load(read(path), LoadOptions{.allow_unresolved_imports = true}).has_value());
}

TEST_CASE("peer runtimes: Core_version and Metadata_metadata") {
  struct Peer {
    const char* file;
    const char* spec_name;
  };
  for (const Peer& peer : {Peer{"rust_node_template.compact.compressed.wasm", "node-template"},
                           Peer{"rust_node_template_runtime.wasm", "node-template"},
                           Peer{"gosemble_poa_template_v101.wasm", "node-template"}}) {
    const std::string path = kPeers + "/" + peer.file;
    CAPTURE(path);
    if (!std::filesystem::exists(path)) {
      MESSAGE("skipped: " << path << " not found");
      continue;
    }
    auto runtime = load(path, /*allow_unresolved=*/true);
    Externalities ext;
    auto version = runtime->call("Core_version", {}, ext);
    REQUIRE_MESSAGE(version.has_value(), (version ? "" : version.error()));
    rt::codec::Decoder d(version.value().output);
    std::string spec_name;
    d(spec_name);
    CHECK(spec_name == peer.spec_name);

    auto metadata = runtime->call("Metadata_metadata", {}, ext);
    REQUIRE_MESSAGE(metadata.has_value(), (metadata ? "" : metadata.error()));
    auto bytes = rt::codec::decode<std::vector<uint8_t>>(metadata.value().output);
    REQUIRE(bytes.has_value());
    REQUIRE(bytes.value().size() > 1000);
    CHECK(std::string(bytes.value().begin(), bytes.value().begin() + 4) == "meta");
    CHECK(bytes.value()[4] == 14);
    CHECK(metadata.value().heap.malloc_calls > 0);
    CHECK(metadata.value().heap.bytes_allocated_peak > 0);
  }
}
