// SPDX-License-Identifier: Apache-2.0
// The last step of parseMetadata: every type id the metadata mentions (in the registry's own
// definitions, the pallets, the extrinsic, the runtime type and v15's APIs, outer enums and custom
// values) must name a type of the registry, and a pallet's calls / event / error type must be an
// enum. Decoding alone cannot see a dangling id; checking once here lets every lookup after
// parsing rely on it.
#pragma once

#include <optional>
#include <string>

namespace rt::hostlib::metadata {

struct Metadata;

/// The first dangling type reference or non-enum pallet enum, as "<where>: <why>", or None.
std::optional<std::string> findDanglingTypeRef(const Metadata& md);

}  // namespace rt::hostlib::metadata
