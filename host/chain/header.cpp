// SPDX-License-Identifier: Apache-2.0
#include "host/chain/header.hpp"

#include <cstring>

#include "codec/codec.hpp"
#include "host/hashing/blake2b.hpp"

namespace rt::hostlib::chain {
namespace {

void appendCompact(Bytes& out, uint64_t n) {
  const Bytes c = rt::codec::encode(rt::codec::asCompact(n));
  out.insert(out.end(), c.begin(), c.end());
}

}  // namespace

Bytes encodeHeader(const Header& h) {
  Bytes out(h.parent_hash.begin(), h.parent_hash.end());
  uint64_t number = h.number;
  appendCompact(out, number);
  out.insert(out.end(), h.state_root.begin(), h.state_root.end());
  out.insert(out.end(), h.extrinsics_root.begin(), h.extrinsics_root.end());
  appendCompact(out, h.digest.size());
  for (const DigestItem& item : h.digest) {
    out.push_back(static_cast<uint8_t>(item.kind));
    switch (item.kind) {
      case DigestItem::Kind::kConsensus:
      case DigestItem::Kind::kSeal:
      case DigestItem::Kind::kPreRuntime:
        out.insert(out.end(), item.engine.begin(), item.engine.end());
        [[fallthrough]];
      case DigestItem::Kind::kOther:
        appendCompact(out, item.data.size());
        out.insert(out.end(), item.data.begin(), item.data.end());
        break;
      case DigestItem::Kind::kRuntimeEnvironmentUpdated:
        break;
    }
  }
  return out;
}

rt::Result<Header, std::string> decodeHeader(std::span<const uint8_t> bytes) {
  rt::codec::Decoder d(bytes);
  Header h;
  uint32_t number = 0;
  uint64_t digest_count = 0;
  d(h.parent_hash, rt::codec::asCompact(number), h.state_root, h.extrinsics_root, rt::codec::asCompact(digest_count));
  h.number = number;
  if (!d.ok() || digest_count > bytes.size()) return rt::Err(std::string("malformed header"));
  for (uint64_t i = 0; i < digest_count && d.ok(); ++i) {
    uint8_t kind = 0;
    d(kind);
    DigestItem item;
    item.kind = static_cast<DigestItem::Kind>(kind);
    switch (item.kind) {
      case DigestItem::Kind::kConsensus:
      case DigestItem::Kind::kSeal:
      case DigestItem::Kind::kPreRuntime:
        d(item.engine, item.data);
        break;
      case DigestItem::Kind::kOther:
        d(item.data);
        break;
      case DigestItem::Kind::kRuntimeEnvironmentUpdated:
        break;
      default:
        return rt::Err("unknown digest item " + std::to_string(kind));
    }
    h.digest.push_back(std::move(item));
  }
  if (!d.ok() || d.remaining() != 0) return rt::Err(std::string("malformed header"));
  return h;
}

Hash headerHash(const Header& header) { return hashing::blake2b256(encodeHeader(header)); }

Bytes encodeBlock(const Header& header, std::span<const Bytes> extrinsics) {
  Bytes out = encodeHeader(header);
  appendCompact(out, extrinsics.size());
  for (const Bytes& x : extrinsics) out.insert(out.end(), x.begin(), x.end());
  return out;
}

DigestItem preRuntime(const char (&engine)[5], Bytes data) {
  DigestItem item;
  item.kind = DigestItem::Kind::kPreRuntime;
  std::memcpy(item.engine.data(), engine, 4);
  item.data = std::move(data);
  return item;
}

}  // namespace rt::hostlib::chain
