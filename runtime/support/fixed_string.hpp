// SPDX-License-Identifier: Apache-2.0
// A string usable as a template argument (C++20 class-type NTTP), for on-chain names known at
// compile time: pallet and storage item names, from which keys and metadata are derived.
#pragma once

#include <cstddef>
#include <string_view>

namespace rt::support {

template <size_t N>
struct FixedString {
  char value[N]{};
  constexpr FixedString(const char (&s)[N]) {
    for (size_t i = 0; i < N; ++i) value[i] = s[i];
  }
  constexpr std::string_view view() const { return std::string_view(value, N - 1); }
};

}  // namespace rt::support
