// SPDX-License-Identifier: Apache-2.0
// host/api: the ext_* functions called as a runtime calls them: arguments as packed
// pointer-sizes into linear memory, results as the runtime reads them (sp-runtime-interface
// marshalling). A plain memory + the freeing-bump heap stand in for the wasm instance.
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "base/native/file_io.hpp"
#include "codec/codec.hpp"
#include "host/engine/host_function.hpp"
#include "../allocator/memory.hpp"

using namespace rt::hostlib;
using Bytes = std::vector<uint8_t>;

namespace {

/// A call's state without wasm: memory, heap from 1 MiB, externalities.
struct Harness {
  allocator::test::VectorMemory memory{64};
  allocator::FreeingBumpAllocator heap{1 << 20};
  engine::Externalities ext;
  engine::CallContext ctx{memory, heap, ext};

  /// Copies `bytes` into the heap; returns the packed pointer-size.
  uint64_t put(std::span<const uint8_t> bytes) {
    const uint32_t ptr = ctx.allocate(static_cast<uint32_t>(bytes.size())).value();
    if (!bytes.empty()) std::memcpy(memory.data() + ptr, bytes.data(), bytes.size());
    return engine::packPointerSize(ptr, static_cast<uint32_t>(bytes.size()));
  }
  uint64_t put(std::string_view s) { return put(std::span(reinterpret_cast<const uint8_t*>(s.data()), s.size())); }
  Bytes read(uint64_t packed) { return Bytes(ctx.slice(packed).value().begin(), ctx.slice(packed).value().end()); }

  engine::HostResult call(std::string_view name, std::initializer_list<uint64_t> args) {
    const engine::HostFunctionImpl f = engine::findHostFunction(name);
    REQUIRE_MESSAGE(static_cast<bool>(f), name);
    const std::vector<uint64_t> a(args);
    return f(ctx, a);
  }
  uint64_t ok(std::string_view name, std::initializer_list<uint64_t> args) {
    auto r = call(name, args);
    REQUIRE_MESSAGE(r.has_value(), name << ": " << (r ? "" : r.error()));
    return r.value();
  }
};

Bytes b(std::string_view s) { return Bytes(s.begin(), s.end()); }

}  // namespace

TEST_CASE("storage: set, get as Option<Vec<u8>>, read with offset, exists, clear") {
  Harness h;
  h.ok("ext_storage_set_version_1", {h.put("key"), h.put("value")});
  CHECK(h.read(h.ok("ext_storage_get_version_1", {h.put("key")})) == rt::codec::encode(std::optional<Bytes>(b("value"))));
  CHECK(h.read(h.ok("ext_storage_get_version_1", {h.put("nope")})) == Bytes{0x00});
  CHECK(h.ok("ext_storage_exists_version_1", {h.put("key")}) == 1);

  const uint64_t out = h.put("__");  // 2-byte buffer
  CHECK(h.read(h.ok("ext_storage_read_version_1", {h.put("key"), out, 1})) ==
        rt::codec::encode(std::optional<uint32_t>(4)));  // "alue": 4 bytes remain
  CHECK(h.read(out) == b("al"));
  h.ok("ext_storage_clear_version_1", {h.put("key")});
  CHECK(h.ok("ext_storage_exists_version_1", {h.put("key")}) == 0);
}

TEST_CASE("storage: transactions, append, next_key, clear_prefix v2 result") {
  Harness h;
  h.ok("ext_storage_start_transaction_version_1", {});
  h.ok("ext_storage_append_version_1", {h.put("list"), h.put(Bytes{7})});
  h.ok("ext_storage_append_version_1", {h.put("list"), h.put(Bytes{8})});
  h.ok("ext_storage_commit_transaction_version_1", {});
  CHECK(h.ext.storage.get({}, b("list")) == Bytes{0x08, 7, 8});
  h.ok("ext_storage_start_transaction_version_1", {});
  h.ok("ext_storage_set_version_1", {h.put("list"), h.put("x")});
  h.ok("ext_storage_rollback_transaction_version_1", {});
  CHECK(h.ext.storage.get({}, b("list")) == Bytes{0x08, 7, 8});
  auto unbalanced = h.call("ext_storage_commit_transaction_version_1", {});
  CHECK(!unbalanced.has_value());

  h.ok("ext_storage_set_version_1", {h.put("p1"), h.put("")});
  h.ok("ext_storage_set_version_1", {h.put("p2"), h.put("")});
  CHECK(h.read(h.ok("ext_storage_next_key_version_1", {h.put("p1")})) ==
        rt::codec::encode(std::optional<Bytes>(b("p2"))));
  const Bytes limit = rt::codec::encode(std::optional<uint32_t>(10));
  CHECK(h.read(h.ok("ext_storage_clear_prefix_version_2", {h.put("p"), h.put(limit)})) ==
        Bytes{0x00, 0, 0, 0, 0});  // AllRemoved(0): both keys were changes of this call
}

TEST_CASE("out-of-bounds pointers trap with a reason") {
  Harness h;
  auto r = h.call("ext_storage_get_version_1", {engine::packPointerSize(64 * 65536 - 2, 10)});
  REQUIRE(!r.has_value());
  CHECK(r.error().find("out of bounds") != std::string::npos);
}

TEST_CASE("offchain: local storage with compare-and-set; network calls fail as sp-io allows") {
  Harness h;
  const uint64_t kPersistent = 1;
  h.ok("ext_offchain_local_storage_set_version_1", {kPersistent, h.put("k"), h.put("v1")});
  const Bytes wrong = rt::codec::encode(std::optional<Bytes>(b("nope")));
  const Bytes right = rt::codec::encode(std::optional<Bytes>(b("v1")));
  CHECK(h.ok("ext_offchain_local_storage_compare_and_set_version_1", {kPersistent, h.put("k"), h.put(wrong), h.put("v2")}) == 0);
  CHECK(h.ok("ext_offchain_local_storage_compare_and_set_version_1", {kPersistent, h.put("k"), h.put(right), h.put("v2")}) == 1);
  CHECK(h.read(h.ok("ext_offchain_local_storage_get_version_1", {kPersistent, h.put("k")})) ==
        rt::codec::encode(std::optional<Bytes>(b("v2"))));
  CHECK(h.read(h.ok("ext_offchain_local_storage_get_version_1", {2, h.put("k")})) == Bytes{0x00});
  CHECK(!h.call("ext_offchain_local_storage_get_version_1", {9, h.put("k")}).has_value());

  CHECK(h.read(h.ok("ext_offchain_http_request_start_version_1", {h.put("GET"), h.put("http://x"), h.put(Bytes{0})})) == Bytes{0x01});
  const Bytes ids = rt::codec::encode(std::vector<uint16_t>{1, 2});
  CHECK(h.read(h.ok("ext_offchain_http_response_wait_version_1", {h.put(ids), h.put(Bytes{0})})) == Bytes{0x08, 2, 2});
  CHECK(h.read(h.ok("ext_offchain_submit_transaction_version_1", {h.put("tx")})) == Bytes{0x00});
  CHECK(h.ext.offchain.submitted == std::vector<Bytes>{b("tx")});
  h.ok("ext_offchain_index_set_version_1", {h.put("i"), h.put("v")});
  CHECK(h.ext.offchain.index.at(b("i")) == b("v"));
}

TEST_CASE("misc: runtime_version of another runtime; panic handler traps with the message") {
  Harness h;
  auto code = rt::native::readFile(std::string(RT_ARTIFACT_DIR) + "/runtime-host_heap.compact.compressed.wasm");
  REQUIRE(code.has_value());
  auto version = rt::codec::decode<std::optional<Bytes>>(h.read(h.ok("ext_misc_runtime_version_version_1", {h.put(code.value())})));
  REQUIRE(version.has_value());
  REQUIRE(version.value().has_value());
  std::string spec_name;
  rt::codec::Decoder d(*version.value());
  d(spec_name);
  CHECK(spec_name == "cpp-runtime");
  CHECK(h.read(h.ok("ext_misc_runtime_version_version_1", {h.put("junk")})) == Bytes{0x00});

  auto panic = h.call("ext_panic_handler_abort_on_panic_version_1", {h.put("boom")});
  REQUIRE(!panic.has_value());
  CHECK(panic.error() == "panicked: boom");
}
