// SPDX-License-Identifier: Apache-2.0
// One runtime call's worth of state for pallet tests: externalities bound to the native host, a
// GC call, and a block in progress.
#pragma once

#include <doctest/doctest.h>

#include "gc/gc.hpp"
#include "host/native/native_host.hpp"
#include "runtime/executive.hpp"

namespace rt::pallets::test {

struct Chain {
  hostlib::engine::Externalities ext;
  hostlib::native::NativeCallScope scope{ext};
  Chain() { gc::callBegin(); }
  ~Chain() { gc::callEnd(); }

  /// Starts block `number` on top of an all-zero parent hash.
  void startBlock(uint32_t number = 1) {
    runtime::primitives::Header<> header;
    header.number = number;
    runtime::executive::initializeBlock(header);
  }
};

}  // namespace rt::pallets::test
