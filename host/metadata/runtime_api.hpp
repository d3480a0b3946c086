// SPDX-License-Identifier: Apache-2.0
// The parts metadata v15 added after the runtime type: the runtime APIs with their methods, the
// outer enums (RuntimeCall / RuntimeEvent / RuntimeError) and the custom map. Mirrors
// frame-metadata v15:
//   RuntimeApiMetadata { name, methods: Vec<RuntimeApiMethodMetadata>, docs }
//   RuntimeApiMethodMetadata { name, inputs: Vec<RuntimeApiMethodParamMetadata>, output, docs }
//   RuntimeApiMethodParamMetadata { name, ty }
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/v15.rs#L105-L171
//   CustomMetadata { map: BTreeMap<String, CustomValueMetadata { ty, value: Vec<u8> }> }
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/v15.rs#L308-L340
//   OuterEnums { call_enum_ty, event_enum_ty, error_enum_ty }
//   https://github.com/paritytech/frame-metadata/blob/285e5bdc5e9a97b1fcd3dcc94c3666d8a61226a8/frame-metadata/src/v15.rs#L361-L382
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "host/metadata/portable_registry.hpp"

namespace rt::hostlib::metadata {

/// RuntimeApiMethodParamMetadata: one argument of a runtime API method.
struct RuntimeApiParam {
  std::string name;  ///< e.g. "extrinsic"
  TypeId ty = 0;     ///< its type
};

/// RuntimeApiMethodMetadata: one method; its entry point is "<Api>_<method>".
struct RuntimeApiMethod {
  std::string name;                     ///< e.g. "apply_extrinsic"
  std::vector<RuntimeApiParam> inputs;  ///< the arguments, in order
  TypeId output = 0;                    ///< the return type
  std::vector<std::string> docs;        ///< doc comment lines
};

/// RuntimeApiMetadata: one runtime API trait.
struct RuntimeApi {
  std::string name;                       ///< e.g. "BlockBuilder"
  std::vector<RuntimeApiMethod> methods;  ///< its methods
  std::vector<std::string> docs;          ///< doc comment lines

  /// The method named `name`, or nullptr.
  const RuntimeApiMethod* method(std::string_view name) const;
};

/// OuterEnums: the aggregate enums of the runtime.
struct OuterEnums {
  TypeId call_enum_ty = 0;   ///< RuntimeCall
  TypeId event_enum_ty = 0;  ///< RuntimeEvent
  TypeId error_enum_ty = 0;  ///< RuntimeError
};

/// One entry of CustomMetadata's map.
struct CustomValue {
  std::string key;             ///< the map key
  TypeId ty = 0;               ///< the value's type
  std::vector<uint8_t> value;  ///< the SCALE value
};

/// Decodes `Vec<RuntimeApiMetadata>`.
std::vector<RuntimeApi> decodeRuntimeApis(Reader& r);
/// Decodes OuterEnums.
OuterEnums decodeOuterEnums(Reader& r);
/// Decodes CustomMetadata as its entries in encoded order (a BTreeMap encodes sorted by key and
/// without repeats; neither is checked here: Metadata::customValue returns the last match, which is
/// what BTreeMap's decode would keep).
std::vector<CustomValue> decodeCustom(Reader& r);

}  // namespace rt::hostlib::metadata
