// SPDX-License-Identifier: Apache-2.0
// The host functions this host implements, by group (one file each, named for the sp-io module
// it mirrors: substrate/primitives/io/src/lib.rs). registry.cpp joins the groups into the table
// engine::findHostFunction() searches.
#pragma once

#include <span>
#include <string_view>

#include "host/engine/host_function.hpp"

namespace rt::hostlib::api {

/// One implemented import.
struct HostFunctionEntry {
  std::string_view name;  ///< e.g. "ext_allocator_malloc_version_1"
  engine::HostFunctionImpl impl;
};

std::span<const HostFunctionEntry> allocatorFunctions();  // allocator.cpp
std::span<const HostFunctionEntry> loggingFunctions();    // logging.cpp
std::span<const HostFunctionEntry> miscFunctions();       // misc.cpp
std::span<const HostFunctionEntry> storageFunctions();    // storage.cpp (+ default child storage)
std::span<const HostFunctionEntry> offchainFunctions();   // offchain.cpp (+ offchain_index)
std::span<const HostFunctionEntry> hashingFunctions();    // hashing.cpp
std::span<const HostFunctionEntry> trieFunctions();       // trie.cpp
std::span<const HostFunctionEntry> cryptoFunctions();     // crypto.cpp

}  // namespace rt::hostlib::api
