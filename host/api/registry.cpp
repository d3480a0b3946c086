// SPDX-License-Identifier: Apache-2.0
#include "host/api/registry.hpp"

#include <string>
#include <unordered_map>

namespace rt::hostlib::engine {

HostFunctionImpl findHostFunction(std::string_view name) {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, HostFunctionImpl>();
    for (auto group : {api::allocatorFunctions(), api::loggingFunctions(), api::miscFunctions(),
                       api::storageFunctions(), api::offchainFunctions(),
                       api::hashingFunctions(), api::trieFunctions(), api::cryptoFunctions()}) {
      for (const auto& entry : group) t->emplace(entry.name, entry.impl);
    }
    return t;
  }();
  const auto it = table->find(name);
  return it == table->end() ? nullptr : it->second;
}

}  // namespace rt::hostlib::engine
