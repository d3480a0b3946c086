// SPDX-License-Identifier: Apache-2.0
// The native build of the runtime talks to the project's host library: rt::host::log lands in the
// current NativeCallScope's externalities through ext_logging_log_version_1 itself.
#include <doctest/doctest.h>

#include "host/native/native_host.hpp"
#include "runtime/host/log.hpp"

TEST_CASE("rt::host::log goes through the host's ext_logging_log_version_1") {
  rt::hostlib::engine::Externalities ext;
  {
    rt::hostlib::native::NativeCallScope scope(ext);
    rt::host::log(rt::host::LogLevel::kWarn, "runtime", "hello from native");
  }
  REQUIRE(ext.logs.size() == 1);
  CHECK(ext.logs[0].level == 1);
  CHECK(ext.logs[0].target == "runtime");
  CHECK(ext.logs[0].message == "hello from native");
}
