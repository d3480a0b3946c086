// SPDX-License-Identifier: Apache-2.0
// Unit tests of wasm-check's host-function list: the run-time .def parser (comments, preprocessor
// lines, zero-parameter entries, and an error naming the line for each malformed entry), the
// signature format used in messages, and the list compiled in from base/include/rt.
#include "host_functions.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using rt::tools::formatSignature;
using rt::tools::HostFunctions;

TEST_CASE("formatSignature") {
  CHECK(formatSignature({"i32", "i64"}, "i64") == "(i32, i64) -> i64");
  CHECK(formatSignature({}, "void") == "() -> void");
}

TEST_CASE("parse reads entries and skips comments, blank and preprocessor lines") {
  auto list = HostFunctions::parse(
      "// SPDX-License-Identifier: Apache-2.0\n"
      "#ifndef RT_HOST_FUNCTION\n"
      "#error \"define it\"\n"
      "#endif\n"
      "\n"
      "RT_HOST_FUNCTION(ext_allocator_malloc_version_1, i32, i32)  // fn malloc(size: u32)\n"
      "  RT_HOST_FUNCTION( ext_storage_root_version_1 , i64 )\r\n"
      "RT_HOST_FUNCTION(ext_storage_read_version_1, i64, i64, i64, i32)\n"
      "//@experimental RT_HOST_FUNCTION(ext_not_allowed_version_1, i32, i32, i64)\n");
  REQUIRE(list.has_value());
  CHECK(list->size() == 3);
  const auto* malloc = list->find("ext_allocator_malloc_version_1");
  REQUIRE(malloc != nullptr);
  CHECK(malloc->result == "i32");
  CHECK(malloc->params == std::vector<std::string>{"i32"});
  const auto* root = list->find("ext_storage_root_version_1");
  REQUIRE(root != nullptr);
  CHECK(root->result == "i64");
  CHECK(root->params.empty());
  CHECK(list->find("ext_storage_read_version_1")->params ==
        std::vector<std::string>{"i64", "i64", "i32"});
  CHECK(list->find("ext_not_allowed_version_1") == nullptr);
}

TEST_CASE("parse rejects malformed entries, naming the line") {
  auto error = [](const char* text) {
    auto list = HostFunctions::parse(text);
    REQUIRE_FALSE(list.has_value());
    return list.error();
  };
  CHECK(error("\nRT_HOST_FUNCTION(f, u32, i32)\n").starts_with("line 2: f: result must be"));
  CHECK(error("RT_HOST_FUNCTION(f, void, f64)").find("parameter must be i32 or i64") !=
        std::string::npos);
  CHECK(error("RT_HOST_FUNCTION(f)").find("expected a name and a result") != std::string::npos);
  CHECK(error("HOST(f, void)").find("expected RT_HOST_FUNCTION(") != std::string::npos);
  CHECK(error("RT_HOST_FUNCTION(f, void)\nRT_HOST_FUNCTION(f, i32)")
            .starts_with("line 2: duplicate entry f"));
  CHECK(error("RT_HOST_FUNCTION(bad name, void)").find("bad host function name") !=
        std::string::npos);
}

TEST_CASE("the compiled-in list has the allocator functions with their spec'd signatures") {
  auto list = HostFunctions::builtin();
  REQUIRE(list.has_value());
  REQUIRE(list->available());
  const auto* malloc = list->find("ext_allocator_malloc_version_1");
  REQUIRE(malloc != nullptr);
  CHECK(formatSignature(malloc->params, malloc->result) == "(i32) -> i32");
  const auto* free = list->find("ext_allocator_free_version_1");
  REQUIRE(free != nullptr);
  CHECK(formatSignature(free->params, free->result) == "(i32) -> void");
}
