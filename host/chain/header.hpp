// SPDX-License-Identifier: Apache-2.0
// Block headers and blocks as FRAME's `generic::Header<u32, BlakeTwo256>` and
// `generic::Block` encode them (substrate/primitives/runtime/src/generic/header.rs, digest.rs):
// parent_hash, number as Compact<u32>, state_root, extrinsics_root, digest: Vec<DigestItem>.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "rt/result.hpp"

namespace rt::hostlib::chain {

using Bytes = std::vector<uint8_t>;
using Hash = std::array<uint8_t, 32>;

/// sp_runtime::DigestItem, the variants a block builder writes (others are kept as raw bytes).
struct DigestItem {
  enum class Kind : uint8_t { kOther = 0, kConsensus = 4, kSeal = 5, kPreRuntime = 6, kRuntimeEnvironmentUpdated = 8 };
  Kind kind = Kind::kOther;
  std::array<uint8_t, 4> engine{};  ///< ConsensusEngineId (PreRuntime, Consensus, Seal)
  Bytes data;
};

struct Header {
  Hash parent_hash{};
  uint32_t number = 0;
  Hash state_root{};
  Hash extrinsics_root{};
  std::vector<DigestItem> digest;
};

Bytes encodeHeader(const Header& header);
rt::Result<Header, std::string> decodeHeader(std::span<const uint8_t> bytes);
/// blake2-256 of the encoded header (BlakeTwo256, the block hash).
Hash headerHash(const Header& header);

/// `generic::Block`: the header, then Vec<Extrinsic> where each extrinsic is already encoded with
/// its own length prefix (as apply_extrinsic takes it).
Bytes encodeBlock(const Header& header, std::span<const Bytes> extrinsics);

/// A PreRuntime digest item of engine `engine` (e.g. "aura") carrying `data`.
DigestItem preRuntime(const char (&engine)[5], Bytes data);

}  // namespace rt::hostlib::chain
