// SPDX-License-Identifier: Apache-2.0
// Extrinsics as they arrive from outside (UncheckedExtrinsic, format version 4) and the payload a
// signer signs. The wire format, which also decodes as a SCALE Vec<u8>:
//
//   Compact<u32> length of the rest
//   u8 version:  0x84 = signed | 4, or 0x04 = unsigned (bare) | 4
//   signed only: Address, Signature, Extra   (e.g. MultiAddress, MultiSignature, SignedExtra)
//   the call's encoding
//
// splitExtrinsic() takes one such extrinsic apart without knowing the call type: it decodes the
// address, signature and extra (Extra is a template parameter, so the runtime plugs in its
// extension tuple), and hands back the call's bytes and the extra's bytes as views into the input.
// It never traps on hostile input: every failure is an ExtrinsicError.
//
// The signature covers SignedPayload = call ++ extra ++ additional_signed, replaced by its
// blake2-256 hash when longer than 256 bytes; signedPayload() builds the bytes and says whether the
// caller must hash them (the hash is a host call, rt::host::hashing::blake2_256).
//
// Mirrors the v4 `Decode`/`Encode` for UncheckedExtrinsic (EXTRINSIC_FORMAT_VERSION = 4, the
// 0b1000_0000 signed bit, "Invalid transaction version", "Invalid length prefix") and
// `SignedPayload::using_encoded` in
// https://github.com/paritytech/polkadot-sdk/blob/a0141451ef3fbf9845fc7647d4b8ed6aad7fc6a7/substrate/primitives/runtime/src/generic/unchecked_extrinsic.rs
// Version 5 (0x05 bare, 0x45 general transactions), which today's FRAME also accepts through its
// `Preamble`, is rejected here as ExtrinsicError::UnsupportedVersion.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "codec/codec.hpp"
#include "rt/result.hpp"
#include "runtime/primitives/fixed_bytes.hpp"
#include "runtime/primitives/multi_address.hpp"
#include "runtime/primitives/multi_signature.hpp"

namespace rt::runtime::primitives {

/// EXTRINSIC_FORMAT_VERSION.
inline constexpr u8 kExtrinsicFormatVersion = 4;
/// The version byte's flag for a signed extrinsic.
inline constexpr u8 kSignedBit = 0b1000'0000;
/// Signed payloads longer than this are blake2-256 hashed before signing.
inline constexpr std::size_t kMaxUnhashedPayloadSize = 256;

/// The address type of FRAME runtimes without pallet-indices: MultiAddress<AccountId32, ()>.
using DefaultAddress = MultiAddress<AccountId32, rt::Unit>;

// --- errors ---

/// Why splitExtrinsic() rejected its input.
enum class ExtrinsicError : u8 {
  BadLengthPrefix = 1,  ///< the compact length prefix is malformed or promises more than the input holds
  TrailingBytes,        ///< input left after the length-prefixed body (the prefix is too short)
  Empty,                ///< the body is empty: no version byte
  UnsupportedVersion,   ///< the version byte is not 0x84 or 0x04
  BadSignedPart,        ///< the address, signature or extra does not decode within the body
  MissingCall,          ///< nothing left for the call
};

/// A short English name for the error, for logs.
constexpr const char* toString(ExtrinsicError e) {
  switch (e) {
    case ExtrinsicError::BadLengthPrefix: return "invalid length prefix";
    case ExtrinsicError::TrailingBytes: return "trailing bytes after the extrinsic";
    case ExtrinsicError::Empty: return "empty extrinsic";
    case ExtrinsicError::UnsupportedVersion: return "invalid transaction version";
    case ExtrinsicError::BadSignedPart: return "undecodable address, signature or extra";
    case ExtrinsicError::MissingCall: return "missing call";
  }
  return "unknown extrinsic error";
}

/// An ExtrinsicError with the codec error behind it (DecodeError::Ok when there is none).
struct ExtrinsicDecodeError {
  ExtrinsicError error = ExtrinsicError::BadLengthPrefix;  ///< what was wrong
  codec::DecodeError detail = codec::DecodeError::Ok;      ///< the codec's reason, if any

  /// Equal when both fields are.
  constexpr bool operator==(const ExtrinsicDecodeError&) const = default;
};

// --- the split extrinsic ---

/// The signed part of a v4 extrinsic: (Address, Signature, Extra), Rust's
/// UncheckedSignaturePayload.
template <class Extra, class Address = DefaultAddress, class Signature = MultiSignature>
struct SignedPart {
  Address address{};                ///< who signed
  Signature signature{};            ///< the signature over the signed payload
  Extra extra{};                    ///< the extensions' extra data
  std::span<const u8> extra_bytes;  ///< the extra's encoding, a view into the input
};

/// One extrinsic taken apart by splitExtrinsic(). The spans point into the input, which must
/// outlive this value.
template <class Extra, class Address = DefaultAddress, class Signature = MultiSignature>
struct UncheckedExtrinsic {
  std::optional<SignedPart<Extra, Address, Signature>> signed_part;  ///< nullopt for bare extrinsics
  std::span<const u8> call;  ///< the call's encoding (the rest of the body, at least one byte)
  std::span<const u8> body;  ///< everything after the length prefix (version byte onwards)

  /// True for a signed transaction, false for a bare (unsigned / inherent) extrinsic.
  bool isSigned() const { return signed_part.has_value(); }
};

/// Splits one whole v4 extrinsic (length prefix included) into its parts. `input` must be exactly
/// one extrinsic, as BlockBuilder_apply_extrinsic and TaggedTransactionQueue_validate_transaction
/// receive it. The call is not decoded; its bytes are all of the body after the signed part, so the
/// runtime's call decoder must consume them exactly.
template <class Extra, class Address = DefaultAddress, class Signature = MultiSignature>
rt::Result<UncheckedExtrinsic<Extra, Address, Signature>, ExtrinsicDecodeError> splitExtrinsic(
    std::span<const u8> input) {
  using Out = UncheckedExtrinsic<Extra, Address, Signature>;
  auto fail = [](ExtrinsicError e, codec::DecodeError detail = codec::DecodeError::Ok) {
    return rt::Result<Out, ExtrinsicDecodeError>(rt::Err(ExtrinsicDecodeError{e, detail}));
  };

  // Length prefix: canonical Compact<u32>, and no more than what follows it.
  codec::Decoder prefix(input);
  const u32 length = codec::decodeCompact<u32>(prefix);
  if (!prefix.ok()) return fail(ExtrinsicError::BadLengthPrefix, prefix.error());
  if (length > prefix.remaining()) {
    return fail(ExtrinsicError::BadLengthPrefix, codec::DecodeError::NotEnoughData);
  }
  if (length < prefix.remaining()) {
    return fail(ExtrinsicError::TrailingBytes, codec::DecodeError::TrailingBytes);
  }
  const std::span<const u8> body = input.subspan(prefix.offset(), length);
  if (body.empty()) return fail(ExtrinsicError::Empty);

  // Version byte.
  const u8 version = body[0];
  const bool is_signed = (version & kSignedBit) != 0;
  if ((version & static_cast<u8>(~kSignedBit)) != kExtrinsicFormatVersion) {
    return fail(ExtrinsicError::UnsupportedVersion);
  }

  Out out;
  out.body = body;
  std::size_t call_offset = 1;
  if (is_signed) {
    codec::Decoder d(body.subspan(1));
    SignedPart<Extra, Address, Signature> part;
    d >> part.address >> part.signature;
    const std::size_t extra_offset = 1 + d.offset();
    d >> part.extra;
    if (!d.ok()) return fail(ExtrinsicError::BadSignedPart, d.error());
    call_offset = 1 + d.offset();
    part.extra_bytes = body.subspan(extra_offset, call_offset - extra_offset);
    out.signed_part = std::move(part);
  }
  if (call_offset >= body.size()) return fail(ExtrinsicError::MissingCall, codec::DecodeError::NotEnoughData);
  out.call = body.subspan(call_offset);
  return out;
}

/// The next extrinsic of a stream of length-prefixed extrinsics (a block body's Vec<Extrinsic>,
/// after its own count): the whole extrinsic, prefix included, ready for splitExtrinsic(). Empty,
/// with the failure recorded in `d`, when the prefix is malformed or promises more than remains.
inline std::span<const u8> nextExtrinsic(codec::Decoder& d) {
  const u32 length = codec::decodeCompact<u32>(d);
  if (!d.ok()) return {};
  const std::size_t prefix_size = codec::compactSize(length);
  const u8* body = d.take(length);
  if (body == nullptr) return {};
  return std::span<const u8>(body - prefix_size, prefix_size + length);
}

// --- encoding ---

/// Length prefix ++ body: the wire form of an extrinsic body (version byte onwards).
inline std::vector<u8> lengthPrefixed(std::span<const u8> body) {
  std::vector<u8> out;
  out.reserve(5 + body.size());
  codec::VectorSink<> sink(out);
  codec::Encoder<codec::VectorSink<>> e(sink);
  codec::encodeLength(e, body.size());
  out.insert(out.end(), body.begin(), body.end());
  return out;
}

/// A bare (unsigned) v4 extrinsic: length prefix, 0x04, the call (e.g. an inherent for
/// BlockBuilder_inherent_extrinsics).
inline std::vector<u8> encodeUnsignedExtrinsic(std::span<const u8> call) {
  std::vector<u8> body;
  body.reserve(1 + call.size());
  body.push_back(kExtrinsicFormatVersion);
  body.insert(body.end(), call.begin(), call.end());
  return lengthPrefixed(body);
}

/// A signed v4 extrinsic: length prefix, 0x84, address, signature, extra, the call.
template <class Extra, class Address, class Signature>
std::vector<u8> encodeSignedExtrinsic(const Address& address, const Signature& signature, const Extra& extra,
                                      std::span<const u8> call) {
  std::vector<u8> body{static_cast<u8>(kExtrinsicFormatVersion | kSignedBit)};
  codec::encodeAppend(body, address);
  codec::encodeAppend(body, signature);
  codec::encodeAppend(body, extra);
  body.insert(body.end(), call.begin(), call.end());
  return lengthPrefixed(body);
}

/// Re-encodes a split extrinsic (the same bytes splitExtrinsic() read, for canonical input).
template <class Extra, class Address, class Signature>
std::vector<u8> encodeExtrinsic(const UncheckedExtrinsic<Extra, Address, Signature>& x) {
  if (!x.signed_part.has_value()) return encodeUnsignedExtrinsic(x.call);
  const auto& part = *x.signed_part;
  return encodeSignedExtrinsic(part.address, part.signature, part.extra, x.call);
}

// --- signed payload ---

/// The bytes a signature covers, before hashing: call ++ extra ++ additional_signed.
struct SignedPayload {
  std::vector<u8> bytes;  ///< the raw payload

  /// True when the signature is over blake2_256(bytes) rather than the bytes themselves
  /// (longer than kMaxUnhashedPayloadSize).
  bool needsHashing() const { return bytes.size() > kMaxUnhashedPayloadSize; }
};

/// SignedPayload from encoded parts: call ++ extra ++ additional_signed.
inline SignedPayload signedPayloadFromParts(std::span<const u8> call, std::span<const u8> extra,
                                            std::span<const u8> additional_signed) {
  SignedPayload p;
  p.bytes.reserve(call.size() + extra.size() + additional_signed.size());
  p.bytes.insert(p.bytes.end(), call.begin(), call.end());
  p.bytes.insert(p.bytes.end(), extra.begin(), extra.end());
  p.bytes.insert(p.bytes.end(), additional_signed.begin(), additional_signed.end());
  return p;
}

/// SignedPayload::new(call, extra) with the additional-signed data computed by the caller:
/// call ++ encode(extra) ++ encode(additional).
template <class Extra, class Additional>
SignedPayload signedPayload(std::span<const u8> call, const Extra& extra, const Additional& additional) {
  SignedPayload p;
  p.bytes.reserve(call.size() + codec::encodedSize(extra) + codec::encodedSize(additional));
  p.bytes.insert(p.bytes.end(), call.begin(), call.end());
  codec::encodeAppend(p.bytes, extra);
  codec::encodeAppend(p.bytes, additional);
  return p;
}

}  // namespace rt::runtime::primitives
