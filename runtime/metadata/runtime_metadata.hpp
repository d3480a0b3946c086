// SPDX-License-Identifier: Apache-2.0
// The runtime's metadata (frame-metadata's RuntimeMetadataPrefixed, versions 14 and 15), built
// at build time on the type registry and encoded into the bytes Metadata_metadata returns.
// Layouts mirror frame-metadata src/v14.rs and src/v15.rs (PalletMetadata, PalletStorageMetadata,
// StorageEntryMetadata, PalletConstantMetadata, ExtrinsicMetadata, RuntimeApiMetadata,
// OuterEnums, CustomMetadata).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "runtime/metadata/type_registry.hpp"

namespace rt::runtime::metadata {

/// frame-metadata StorageEntryModifier.
enum class StorageModifier : uint8_t { Optional = 0, Default = 1 };

struct StorageEntry {
  std::string name;
  StorageModifier modifier = StorageModifier::Optional;
  std::vector<uint8_t> hashers;  ///< StorageHasher indices (hashers.hpp kMetadataIndex); empty: Plain
  TypeId key = 0;                ///< Map only
  TypeId value = 0;
  std::vector<uint8_t> default_value;
  std::vector<std::string> docs;
};

struct Constant {
  std::string name;
  TypeId ty = 0;
  std::vector<uint8_t> value;
  std::vector<std::string> docs;
};

struct Pallet {
  std::string name;
  std::optional<std::string> storage_prefix;  ///< present when the pallet has storage
  std::vector<StorageEntry> storage;
  std::optional<TypeId> calls;
  std::optional<TypeId> event;
  std::vector<Constant> constants;
  std::optional<TypeId> error;
  uint8_t index = 0;
  std::vector<std::string> docs;  ///< v15 only
};

struct SignedExtension {
  std::string identifier;
  TypeId ty = 0;
  TypeId additional_signed = 0;
};

struct Extrinsic {
  uint8_t version = 4;
  TypeId ty = 0;            ///< v14: UncheckedExtrinsic
  TypeId address_ty = 0;    ///< v15
  TypeId call_ty = 0;       ///< v15
  TypeId signature_ty = 0;  ///< v15
  TypeId extra_ty = 0;      ///< v15
  std::vector<SignedExtension> signed_extensions;
};

struct ApiParam {
  std::string name;
  TypeId ty = 0;
};

struct ApiMethod {
  std::string name;
  std::vector<ApiParam> inputs;
  TypeId output = 0;
  std::vector<std::string> docs;
};

struct RuntimeApi {
  std::string name;
  std::vector<ApiMethod> methods;
  std::vector<std::string> docs;
};

struct RuntimeMetadata {
  std::vector<Pallet> pallets;
  Extrinsic extrinsic;
  TypeId runtime_ty = 0;
  // v15 only:
  std::vector<RuntimeApi> apis;
  TypeId call_enum_ty = 0;
  TypeId event_enum_ty = 0;
  TypeId error_enum_ty = 0;
};

/// "meta" ++ version ++ RuntimeMetadataV14/V15 (the content of OpaqueMetadata, without the outer
/// Vec<u8> length prefix). `version` is 14 or 15.
std::vector<uint8_t> encodeMetadata(const Registry& registry, const RuntimeMetadata& metadata, uint8_t version);

}  // namespace rt::runtime::metadata
