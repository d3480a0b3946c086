// SPDX-License-Identifier: Apache-2.0
// The SCALE codec (Substrate's Simple Concatenated Aggregate Little-Endian encoding): include this
// one header.
//
//   std::vector<u8> bytes = rt::codec::encode(value);        // or encodeInto(span, value),
//   std::size_t n = rt::codec::encodedSize(value);           //    encodeAppend(vec, value),
//   auto r = rt::codec::decode<MyType>(bytes);               //    encodeTo(sink, value)
//   if (!r) log(toString(r.error()));
//
//   rt::codec::Decoder d(bytes);                             // streaming, sticky error
//   d >> a >> b;
//   if (!d.ok()) ...
//
// User types opt in with one ADL hook used for encode, decode and size bounds:
//
//   struct Transfer {
//     AccountId dest;           // any encodable field types
//     rt::u128 value;
//     template <class Ar>
//     friend void scale(Ar& ar, Transfer& v) {
//       ar(v.dest, rt::codec::asCompact(v.value));  // fields in SCALE order
//     }
//   };
//
// The hook receives an Encoder (then it must not modify `v`), a Decoder, or a MinSizeArchive;
// to validate while decoding, branch on `Ar::kIsDecoder` and call `ar.fail(DecodeError::...)`.
// Types that need full control specialize rt::codec::Codec<T> instead (see traits.hpp).
// Enums: std::variant<Ts...> (index = position, or every alternative's kScaleIndex), and C++
// `enum class X : u8` with an ADL `constexpr bool scaleEnumValid(X)`. See codec/README.md.
#pragma once

#include "codec/box.hpp"
#include "codec/collections.hpp"
#include "codec/compact.hpp"
#include "codec/decoder.hpp"
#include "codec/encoder.hpp"
#include "codec/error.hpp"
#include "codec/fixed_int.hpp"
#include "codec/optional.hpp"
#include "codec/traits.hpp"
#include "codec/tuple.hpp"
#include "codec/variant.hpp"
