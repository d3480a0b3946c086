// SPDX-License-Identifier: Apache-2.0
// A pallet's metadata: its storage items, the type ids of its call / event / error enums, its
// constants (with their SCALE values) and its index in the runtime's Call enum. Mirrors
// frame-metadata's v14 PalletMetadata and its parts (v15 is the same plus `docs` at the end):
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/v14.rs#L142-L158
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/v14.rs#L184-L293
//     (PalletStorageMetadata, StorageEntryMetadata, StorageEntryModifier, StorageHasher,
//      StorageEntryType)
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/v14.rs#L322-L408
//     (PalletCallMetadata, PalletEventMetadata, PalletConstantMetadata, PalletErrorMetadata)
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/v15.rs#L261-L279
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "host/metadata/portable_registry.hpp"

namespace rt::hostlib::metadata {

/// StorageEntryModifier: what reading an absent key yields.
enum class StorageEntryModifier : uint8_t {
  Optional = 0,  ///< an Option<T>, None when absent
  Default = 1,   ///< T, the entry's `default` bytes when absent
};

/// StorageHasher: how one key of a map is hashed into the storage key.
enum class StorageHasher : uint8_t {
  Blake2_128 = 0,        ///< blake2b-128 of the key
  Blake2_256 = 1,        ///< blake2b-256 of the key
  Blake2_128Concat = 2,  ///< blake2b-128 of the key, then the key
  Twox128 = 3,           ///< xxhash 2x64 of the key
  Twox256 = 4,           ///< xxhash 4x64 of the key
  Twox64Concat = 5,      ///< xxhash 64 of the key, then the key
  Identity = 6,          ///< the key itself
};

/// Name of a modifier ("Optional", "Default").
const char* toString(StorageEntryModifier m);
/// Name of a hasher as in FRAME ("Blake2_128Concat", ...).
const char* toString(StorageHasher h);

/// StorageEntryMetadata: one storage item of a pallet.
struct StorageEntry {
  std::string name;  ///< e.g. "Account"
  /// What reading an absent key yields.
  StorageEntryModifier modifier = StorageEntryModifier::Optional;
  bool is_map = false;                 ///< StorageEntryType::Map (else Plain)
  std::vector<StorageHasher> hashers;  ///< Map: one hasher per key (empty for Plain)
  TypeId key = 0;                      ///< Map: the key type (a tuple for n-maps)
  TypeId value = 0;                    ///< the value type (Plain's only type)
  std::vector<uint8_t> default_value;  ///< SCALE default (frame-metadata's `default`)
  std::vector<std::string> docs;       ///< doc comment lines
};

/// PalletStorageMetadata: the storage prefix and the items.
struct PalletStorage {
  std::string prefix;                 ///< the pallet's storage prefix, e.g. "System"
  std::vector<StorageEntry> entries;  ///< the storage items in declaration order

  /// The entry named `name`, or nullptr.
  const StorageEntry* entry(std::string_view name) const;
};

/// PalletConstantMetadata: a `#[pallet::constant]` with its SCALE value.
struct Constant {
  std::string name;               ///< e.g. "ExistentialDeposit"
  TypeId ty = 0;                  ///< the value's type
  std::vector<uint8_t> value;     ///< the SCALE value
  std::vector<std::string> docs;  ///< doc comment lines
};

/// PalletMetadata (v14 and v15).
struct Pallet {
  std::string name;                      ///< e.g. "Balances"
  std::optional<PalletStorage> storage;  ///< None for pallets without storage
  std::optional<TypeId> calls;           ///< the pallet's Call enum
  std::optional<TypeId> event;           ///< the pallet's Event enum
  std::vector<Constant> constants;       ///< constants in declaration order
  std::optional<TypeId> error;           ///< the pallet's Error enum
  uint8_t index = 0;                     ///< the pallet's index in RuntimeCall / RuntimeEvent
  std::vector<std::string> docs;         ///< v15 only: the pallet's doc comment (empty in v14)

  /// The constant named `name`, or nullptr.
  const Constant* constant(std::string_view name) const;
};

/// Decodes one PalletMetadata of metadata version `version` (14: no docs; 15: docs at the end),
/// the `position`th of the pallets list (for error messages).
Pallet decodePallet(Reader& r, uint8_t version, std::size_t position);

}  // namespace rt::hostlib::metadata
