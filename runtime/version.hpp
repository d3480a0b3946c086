// SPDX-License-Identifier: Apache-2.0
// The runtime's identity: sp_version::RuntimeVersion, as Core_version returns it and as the
// `runtime_version` / `runtime_apis` custom sections embed it for hosts that read it without
// executing (sc-executor's read_embedded_version, smoldot's HostVmPrototype).
//
// Layout mirrors substrate/primitives/version/src/lib.rs (`RuntimeVersion`, Core API v5 field
// order): spec_name, impl_name: String; authoring_version, spec_version, impl_version: u32;
// apis: Vec<([u8; 8], u32)>; transaction_version: u32; system_version: u8.
// The `runtime_apis` section is the apis list without a length prefix: 12 bytes per API
// (sp_version::embed::embed_runtime_version / sc-executor's decode_runtime_apis).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace rt::runtime {

/// One entry of RuntimeVersion.apis: an API's id (blake2b-64 of its trait name, as sp_api's
/// `decl_runtime_apis!` computes it) and the version this runtime implements.
struct ApiVersion {
  std::array<uint8_t, 8> id;  ///< blake2b-64 of `name`
  uint32_t version;           ///< implemented version of the API trait
  std::string_view name;      ///< trait name, e.g. "Core" (not encoded; for tests and tools)
};

/// sp_version::RuntimeVersion (Core API v5 layout).
struct RuntimeVersion {
  std::string_view spec_name;          ///< identifies the runtime; a change means a new chain
  std::string_view impl_name;          ///< name of the implementation
  uint32_t authoring_version;          ///< block authoring compatibility
  uint32_t spec_version;               ///< bumped on every runtime behaviour change
  uint32_t impl_version;               ///< bumped on non-behavioural implementation changes
  std::span<const ApiVersion> apis;    ///< runtime APIs and their versions
  uint32_t transaction_version;        ///< bumped when extrinsic encoding/indices change
  uint8_t system_version;              ///< 1: state version 1 trie, ordered-root extrinsics v1
};

// --- API ids ---
// blake2b-64 of the trait name (sp_api, substrate/primitives/api/proc-macro/src/utils.rs
// `generate_runtime_api_id`); checked against libsodium in tests/runtime/version_test.cpp.
inline constexpr ApiVersion kCoreApi{{0xdf, 0x6a, 0xcb, 0x68, 0x99, 0x07, 0x60, 0x9b}, 5, "Core"};
inline constexpr ApiVersion kBlockBuilderApi{{0x40, 0xfe, 0x3a, 0xd4, 0x01, 0xf8, 0x95, 0x9a}, 6, "BlockBuilder"};
inline constexpr ApiVersion kTaggedTransactionQueueApi{{0xd2, 0xbc, 0x98, 0x97, 0xee, 0xd0, 0x8f, 0x15}, 3, "TaggedTransactionQueue"};
inline constexpr ApiVersion kOffchainWorkerApi{{0xf7, 0x8b, 0x27, 0x8b, 0xe5, 0x3f, 0x45, 0x4c}, 2, "OffchainWorkerApi"};
inline constexpr ApiVersion kAccountNonceApi{{0xbc, 0x9d, 0x89, 0x90, 0x4f, 0x5b, 0x92, 0x3f}, 1, "AccountNonceApi"};
inline constexpr ApiVersion kTransactionPaymentApi{{0x37, 0xc8, 0xbb, 0x13, 0x50, 0xa9, 0xa2, 0xa8}, 4, "TransactionPaymentApi"};
inline constexpr ApiVersion kTransactionPaymentCallApi{{0xf3, 0xff, 0x14, 0xd5, 0xab, 0x52, 0x70, 0x59}, 3, "TransactionPaymentCallApi"};
inline constexpr ApiVersion kMetadataApi{{0x37, 0xe3, 0x97, 0xfc, 0x7c, 0x91, 0xf5, 0xe4}, 2, "Metadata"};

/// The runtime APIs this runtime implements (only these are exported as entry points).
inline constexpr std::array<ApiVersion, 8> kApis = {kCoreApi,           kBlockBuilderApi,      kTaggedTransactionQueueApi,
                                                    kOffchainWorkerApi, kAccountNonceApi,      kTransactionPaymentApi,
                                                    kTransactionPaymentCallApi, kMetadataApi};

/// This runtime's version.
inline constexpr RuntimeVersion kRuntimeVersion{
    .spec_name = "cpp-runtime",
    .impl_name = "cpp-runtime",
    .authoring_version = 1,
    .spec_version = 100,
    .impl_version = 1,
    .apis = kApis,
    .transaction_version = 1,
    .system_version = 1,
};

/// SCALE encoding of `version` (Core_version's output and the `runtime_version` section).
std::vector<uint8_t> encodeRuntimeVersion(const RuntimeVersion& version = kRuntimeVersion);

/// Bytes of the `runtime_apis` custom section: 8-byte id + u32 LE version per API, no prefix.
std::vector<uint8_t> encodeRuntimeApisSection(std::span<const ApiVersion> apis = kApis);

}  // namespace rt::runtime
