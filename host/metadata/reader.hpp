// SPDX-License-Identifier: Apache-2.0
// The reader the metadata decoders share: rt::codec::Decoder (sticky error, bounded reads) plus a
// stack of "where am I" frames, so that the first failure becomes one line that names the spot,
// e.g. `pallets[5] "Balances" > constants[2] "ExistentialDeposit": not enough data (at byte 12345
// of 36225)`. Only the shapes metadata uses are here: u8, u32, Compact<u32> (type ids and
// lengths), String, Vec<String>, Vec<u8>, Option tags and enum tags with a known variant count.
// After a failure every read returns zero / empty, like the Decoder, so decoders keep their
// straight-line shape and check ok() in their loops.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "codec/decoder.hpp"

namespace rt::hostlib::metadata {

/// Reads SCALE values of runtime metadata with a context stack for error messages.
class Reader {
 public:
  /// Reads `input`, which must outlive the reader.
  explicit Reader(std::span<const uint8_t> input) : d_(input), size_(input.size()) {}
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  /// True while nothing has failed.
  bool ok() const { return error_.empty(); }
  /// The first failure as one line ("" while ok()).
  const std::string& error() const { return error_; }
  /// Bytes consumed so far.
  std::size_t offset() const { return d_.offset(); }
  /// Bytes not yet consumed.
  std::size_t remaining() const { return d_.remaining(); }

  /// A u8.
  uint8_t u8();
  /// A little-endian u32.
  uint32_t u32();
  /// A Compact<u32> (scale-info type ids, `#[codec(compact)] id: u32`).
  uint32_t compactU32();
  /// A String (Compact<u32> length + UTF-8 bytes, checked).
  std::string string();
  /// A Vec<String> (docs, paths); `what` names it in errors ("docs", "docs[3]").
  std::vector<std::string> strings(const char* what);
  /// A Vec<u8> (constant values, storage defaults).
  std::vector<uint8_t> bytes();
  /// The next n bytes (empty span on failure).
  std::span<const uint8_t> raw(std::size_t n);
  /// The tag of an Option<T>: true for Some; a tag other than 0 or 1 fails.
  bool optionTag();
  /// The index of a field-less or tuple enum with `count` variants; an index >= count fails
  /// with "unknown <what> variant N" (0 on failure).
  uint8_t enumTag(uint8_t count, const char* what);
  /// The length of a Vec whose elements take at least `min_element_size` bytes each; a length
  /// that cannot fit in the remaining input fails before the caller allocates (0 on failure).
  std::size_t length(std::size_t min_element_size = 1);

  /// Records `why` (with the current context and offset) unless something failed already.
  void fail(std::string_view why);
  /// Fails with "<n> bytes left over after <what>" when input remains.
  void expectEnd(const char* what);

  /// One level of context: a field name, optionally an index and an item name.
  struct Frame {
    const char* what;   ///< e.g. "pallets", "types", "value"
    std::size_t index;  ///< position in a sequence, or kNoIndex
    std::string name;   ///< the item's name once known ("Balances"), or empty
  };
  /// Frame::index of a frame that is not a sequence element.
  static constexpr std::size_t kNoIndex = static_cast<std::size_t>(-1);

  /// Pushes a frame for its lifetime: `auto s = r.scope("pallets", i);`.
  class Scope {
   public:
    Scope(Reader& r, const char* what, std::size_t index) : r_(r), pos_(r.frames_.size()) {
      r_.frames_.push_back(Frame{what, index, {}});
    }
    ~Scope() { r_.frames_.pop_back(); }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;
    /// Names the item of this frame (shown in error messages).
    void name(std::string_view n) { r_.frames_[pos_].name.assign(n); }

   private:
    Reader& r_;
    std::size_t pos_;  ///< this frame's position in frames_
  };
  /// A frame for the current statement block.
  [[nodiscard]] Scope scope(const char* what, std::size_t index = kNoIndex) {
    return Scope(*this, what, index);
  }

 private:
  /// Turns a Decoder failure into the reader's error (once).
  void check();
  std::string where() const;

  rt::codec::Decoder d_;
  std::size_t size_;
  std::vector<Frame> frames_;
  std::string error_;
};

}  // namespace rt::hostlib::metadata
