// SPDX-License-Identifier: Apache-2.0
// Runtime metadata, versions 14 and 15, as `Metadata_metadata` returns it: decoded in full and
// queried by name, so that a block builder can find pallet and call indices, the signed
// extensions in order, constants and storage types without hard-coding them per runtime.
//
// Input: OpaqueMetadata, i.e. a SCALE Vec<u8> whose content is frame-metadata's
//   RuntimeMetadataPrefixed(u32 META_RESERVED = "meta", RuntimeMetadata)
// (the u32 is 0x6174656d little-endian, the bytes 6d 65 74 61; RuntimeMetadata is an enum whose
// index is the version), or that content alone, starting with "meta":
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/lib.rs#L83-L89
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/lib.rs#L103-L174
// RuntimeMetadataV14 { types, pallets, extrinsic, ty }
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/v14.rs#L45-L54
// RuntimeMetadataV15 { types, pallets, extrinsic, ty, apis, outer_enums, custom }
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/v15.rs#L48-L63
// (`Metadata_metadata_at_version(15)` returns Option<OpaqueMetadata>: drop its leading 0x01.)
//
// parseMetadata never traps on bad input: truncation, a wrong magic, an unsupported version, an
// unknown enum tag, invalid UTF-8, a length beyond the input, bytes left over, a repeated type id
// or a reference to a type id the registry lacks are all an error string of one line that says
// where, e.g. `metadata: pallets[5] "Balances" > constants[0] "ExistentialDeposit": not enough
// data (at byte 30412 of 36225)` (byte offsets count from the "meta" magic).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "host/metadata/extrinsic.hpp"
#include "host/metadata/pallet.hpp"
#include "host/metadata/portable_registry.hpp"
#include "host/metadata/runtime_api.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::metadata {

/// The metadata magic, "meta" (frame-metadata's META_RESERVED, 0x6174656d as a little-endian u32).
inline constexpr uint8_t kMagic[4] = {0x6d, 0x65, 0x74, 0x61};

/// Decoded runtime metadata (v14 or v15) with lookups by name.
struct Metadata {
  uint8_t metadata_version = 0;           ///< 14 or 15
  PortableRegistry types;                 ///< every type referred to below
  std::vector<Pallet> pallets;            ///< in encoded order (usually by index)
  ExtrinsicMetadata extrinsic;            ///< extrinsic version and signed extensions
  TypeId runtime_ty = 0;                  ///< the `ty` field: the Runtime type
  std::vector<RuntimeApi> apis;           ///< v15: the runtime APIs (empty in v14)
  std::optional<OuterEnums> outer_enums;  ///< v15: RuntimeCall/Event/Error (None in v14)
  std::vector<CustomValue> custom;        ///< v15: the custom map in encoded order (empty in v14)

  /// The metadata version, 14 or 15.
  uint8_t version() const { return metadata_version; }

  /// The pallet named `name` (as in construct_runtime!, e.g. "Balances"), or nullptr.
  const Pallet* pallet(std::string_view name) const;
  /// The pallet with index `index`, or nullptr.
  const Pallet* palletByIndex(uint8_t index) const;
  /// The index of pallet `pallet` (the first byte of its calls and events), or None.
  std::optional<uint8_t> palletIndex(std::string_view pallet) const;

  /// The variant of call `call` (snake_case, e.g. "transfer_keep_alive") in pallet `pallet`'s
  /// call enum, with its fields (the call's arguments), or nullptr.
  const Variant* call(std::string_view pallet, std::string_view call) const;
  /// The variant index of call `call` in pallet `pallet`'s call enum (the second byte of the
  /// encoded call), or None when the pallet, its calls or the call do not exist.
  std::optional<uint8_t> callIndex(std::string_view pallet, std::string_view call) const;
  /// The variant of event `name` in pallet `pallet`'s event enum, or nullptr.
  const Variant* event(std::string_view pallet, std::string_view name) const;
  /// The variant of error `name` in pallet `pallet`'s error enum, or nullptr.
  const Variant* error(std::string_view pallet, std::string_view name) const;

  /// The extrinsic format version (4 for these runtimes).
  uint8_t extrinsicVersion() const { return extrinsic.version; }
  /// The signed extensions' identifiers, in the order their data is encoded.
  std::vector<std::string> signedExtensions() const;

  /// The SCALE value bytes of constant `name` of pallet `pallet` (e.g. "Timestamp",
  /// "MinimumPeriod"), or None.
  std::optional<std::vector<uint8_t>> constant(std::string_view pallet,
                                               std::string_view name) const;
  /// Storage item `name` of pallet `pallet` (its key/value types, hashers, default), or nullptr.
  const StorageEntry* storageEntry(std::string_view pallet, std::string_view name) const;
  /// The type with id `id`, or nullptr.
  const Type* type(TypeId id) const { return types.type(id); }
  /// v15: the runtime API named `name` (e.g. "BlockBuilder"), or nullptr.
  const RuntimeApi* runtimeApi(std::string_view name) const;
  /// v15: the value of custom key `key` (the last one if repeated), or nullptr.
  const CustomValue* customValue(std::string_view key) const;
};

/// Decodes OpaqueMetadata (or its content starting with "meta"), versions 14 and 15, and checks
/// that every type id it mentions is in the registry; a one-line reason starting "metadata: "
/// otherwise.
rt::Result<Metadata, std::string> parseMetadata(std::span<const uint8_t> bytes);

}  // namespace rt::hostlib::metadata
