// SPDX-License-Identifier: Apache-2.0
// Decoding of frame-metadata's PalletMetadata (v14 / v15) and its parts; see pallet.hpp.
#include "host/metadata/pallet.hpp"

#include "host/metadata/reader.hpp"

namespace rt::hostlib::metadata {

const char* toString(StorageEntryModifier m) {
  switch (m) {
    case StorageEntryModifier::Optional: return "Optional";
    case StorageEntryModifier::Default: return "Default";
  }
  return "?";
}

const char* toString(StorageHasher h) {
  switch (h) {
    case StorageHasher::Blake2_128: return "Blake2_128";
    case StorageHasher::Blake2_256: return "Blake2_256";
    case StorageHasher::Blake2_128Concat: return "Blake2_128Concat";
    case StorageHasher::Twox128: return "Twox128";
    case StorageHasher::Twox256: return "Twox256";
    case StorageHasher::Twox64Concat: return "Twox64Concat";
    case StorageHasher::Identity: return "Identity";
  }
  return "?";
}

const StorageEntry* PalletStorage::entry(std::string_view name) const {
  for (const StorageEntry& e : entries) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

const Constant* Pallet::constant(std::string_view name) const {
  for (const Constant& c : constants) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

namespace {

// Smallest encodings: entry = name + modifier + type tag + type + default + docs; constant = name
// + ty + value + docs.
constexpr std::size_t kMinEntry = 6;
constexpr std::size_t kMinConstant = 4;

StorageEntry decodeEntry(Reader& r, Reader::Scope& s) {
  StorageEntry e;
  e.name = r.string();
  s.name(e.name);
  e.modifier = static_cast<StorageEntryModifier>(r.enumTag(2, "StorageEntryModifier"));
  {
    auto t = r.scope("ty");
    e.is_map = r.enumTag(2, "StorageEntryType") == 1;
    if (e.is_map) {
      const std::size_t n = r.length(1);
      for (std::size_t i = 0; i < n && r.ok(); ++i) {
        e.hashers.push_back(static_cast<StorageHasher>(r.enumTag(7, "StorageHasher")));
      }
      e.key = r.compactU32();
      e.value = r.compactU32();
    } else {
      e.value = r.compactU32();
    }
  }
  e.default_value = r.bytes();
  e.docs = r.strings("docs");
  return e;
}

PalletStorage decodeStorage(Reader& r) {
  PalletStorage st;
  st.prefix = r.string();
  const std::size_t n = r.length(kMinEntry);
  for (std::size_t i = 0; i < n && r.ok(); ++i) {
    auto s = r.scope("entries", i);
    st.entries.push_back(decodeEntry(r, s));
  }
  return st;
}

/// Option<PalletCallMetadata> and friends: an Option around a struct holding one type id.
std::optional<TypeId> optionalTypeId(Reader& r, const char* what) {
  auto s = r.scope(what);
  if (!r.optionTag()) return std::nullopt;
  return r.compactU32();
}

}  // namespace

Pallet decodePallet(Reader& r, uint8_t version, std::size_t position) {
  auto pallet_scope = r.scope("pallets", position);
  Pallet p;
  p.name = r.string();
  pallet_scope.name(p.name);
  {
    auto s = r.scope("storage");
    if (r.optionTag()) p.storage = decodeStorage(r);
  }
  p.calls = optionalTypeId(r, "calls");
  p.event = optionalTypeId(r, "event");
  {
    const std::size_t n = r.length(kMinConstant);
    for (std::size_t i = 0; i < n && r.ok(); ++i) {
      auto s = r.scope("constants", i);
      Constant c;
      c.name = r.string();
      s.name(c.name);
      c.ty = r.compactU32();
      c.value = r.bytes();
      c.docs = r.strings("docs");
      p.constants.push_back(std::move(c));
    }
  }
  p.error = optionalTypeId(r, "error");
  p.index = r.u8();
  if (version >= 15) p.docs = r.strings("docs");
  return p;
}

}  // namespace rt::hostlib::metadata
