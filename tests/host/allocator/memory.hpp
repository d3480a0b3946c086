// SPDX-License-Identifier: Apache-2.0
// A linear memory for allocator tests: a byte vector with an optional page maximum (the
// MemoryInstance of freeing_bump.rs's tests).
#pragma once

#include <optional>
#include <vector>

#include "host/allocator/freeing_bump.hpp"

namespace rt::hostlib::allocator::test {

class VectorMemory : public Memory {
 public:
  explicit VectorMemory(uint32_t pages, std::optional<uint32_t> max_pages = kMaxWasmPages)
      : bytes_(size_t{pages} * kPageSize), max_pages_(max_pages) {}
  uint32_t pages() const override { return static_cast<uint32_t>(bytes_.size() / kPageSize); }
  std::optional<uint32_t> maxPages() const override { return max_pages_; }
  bool grow(uint32_t pages) override {
    if (max_pages_ && uint64_t{this->pages()} + pages > *max_pages_) return false;
    bytes_.resize((size_t{this->pages()} + pages) * kPageSize);
    return true;
  }
  uint8_t* data() override { return bytes_.data(); }
  void setMaxPages(uint32_t pages) { max_pages_ = pages; }
  void shrinkTo(uint32_t pages) { bytes_.resize(size_t{pages} * kPageSize); }

 private:
  std::vector<uint8_t> bytes_;
  std::optional<uint32_t> max_pages_;
};

}  // namespace rt::hostlib::allocator::test
