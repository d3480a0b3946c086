// SPDX-License-Identifier: Apache-2.0
// State files: the JSON form of a storage state that rt-host reads and writes.
//
// Accepted shapes (keys and values are 0x-hex):
//   {"0x<key>": "0x<value>", ...}                                the main trie only
//   {"top": {...}, "childrenDefault": {"0x<child key>": {...}}}  as a chain spec's genesis.raw
//   a whole raw chain spec                                       its genesis.raw is used
// Written: the second shape. Child keys are the storage keys without the
// `:child_storage:default:` prefix, as in chain specs.
#pragma once

#include <map>
#include <span>
#include <string>

#include "host/storage/overlay.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::storage {

struct StateFile {
  State top;
  std::map<Bytes, State> children;
};

/// Parses `text`; the error says what is wrong and where (e.g. `genesis.raw.top["0x12"]: bad hex`).
rt::Result<StateFile, std::string> parseStateFile(std::string_view text);

/// The JSON text of `state` (second shape, keys sorted).
std::string writeStateFile(const StateFile& state);

/// 0x-prefixed lowercase hex.
std::string toHex(std::span<const uint8_t> bytes);
/// Bytes of 0x-hex (the prefix is optional); the error names the offending digits.
rt::Result<Bytes, std::string> fromHex(std::string_view text);

}  // namespace rt::hostlib::storage
