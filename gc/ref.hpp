// SPDX-License-Identifier: Apache-2.0
// rt::gc::Ref<T> and rt::gc::make<T>: the typed, owning handles of GC objects, per backend.
//
// host_heap: Ref is a counted handle (count in the 8-byte object header, host_heap/object.hpp).
// Copy shares, move transfers, the last handle runs ~T() and frees the slot, iteratively.
// Cycles are not collected: they stay live until callEnd() (no destructor runs for them).
// conservative: Ref is a plain pointer; the collector finds it, no destructor ever runs.
//
// Both: T must have alignment <= 8 (the contract's allocation alignment). No conversions between
// Ref<T> and Ref<U>: the header is found from the payload address, which a base-class pointer
// adjustment would break.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>

#include "gc/gc.hpp"

#if !RT_GC_CONSERVATIVE
#include "gc/host_heap/object.hpp"
#endif

namespace rt::gc {

#if RT_GC_CONSERVATIVE

/// Handle of a GC object: a plain pointer the conservative collector scans for.
template <typename T>
class Ref {
 public:
  /// An empty handle.
  Ref() = default;
  /// An empty handle (so `Ref<T> r = nullptr;` reads as with host_heap).
  Ref(std::nullptr_t) {}
  /// Adopts a pointer from make<T>().
  static Ref adopt(T* ptr) {
    Ref r;
    r.ptr_ = ptr;
    return r;
  }
  /// The object, or null.
  T* get() const { return ptr_; }
  /// Member access; the handle must not be empty.
  T* operator->() const { return ptr_; }
  /// The object; the handle must not be empty.
  T& operator*() const { return *ptr_; }
  /// True when the handle holds an object.
  explicit operator bool() const { return ptr_ != nullptr; }
  /// Drops this handle (the collector reclaims the object when nothing else points to it).
  void reset() { ptr_ = nullptr; }
  /// Not tracked by this backend: always 0.
  long use_count() const { return 0; }
  /// Same object (or both empty).
  friend bool operator==(const Ref& a, const Ref& b) { return a.ptr_ == b.ptr_; }

 private:
  T* ptr_ = nullptr;
};

/// Constructs a T in GC memory.
template <typename T, typename... Args>
Ref<T> make(Args&&... args) {
  static_assert(alignof(T) <= 8, "GC objects are 8-byte aligned");
  return Ref<T>::adopt(::new (allocate(sizeof(T))) T(std::forward<Args>(args)...));
}

#else  // host_heap

/// Counted handle of a GC object: copy shares, move transfers, the last handle releases it.
template <typename T>
class Ref {
 public:
  /// An empty handle.
  Ref() = default;
  /// An empty handle (so `Ref<T> r = nullptr;` and `r = nullptr;` read naturally).
  Ref(std::nullptr_t) {}
  /// Shares `o`'s object (count + 1).
  Ref(const Ref& o) : ptr_(o.ptr_) { retain(); }
  /// Takes over `o`'s object; `o` becomes empty.
  Ref(Ref&& o) noexcept : ptr_(std::exchange(o.ptr_, nullptr)) {}
  /// Shares `o`'s object, dropping the one held before.
  Ref& operator=(const Ref& o) {
    if (ptr_ != o.ptr_) {
      T* old = ptr_;
      ptr_ = o.ptr_;
      retain();
      drop(old);
    }
    return *this;
  }
  /// Takes over `o`'s object, dropping the one held before.
  Ref& operator=(Ref&& o) noexcept {
    if (this != &o) {
      T* old = ptr_;
      ptr_ = std::exchange(o.ptr_, nullptr);
      drop(old);
    }
    return *this;
  }
  /// Drops the handle; the last one releases the object.
  ~Ref() { drop(ptr_); }

  /// Adopts a freshly made object whose count is already 1 (used by make<T>).
  static Ref adopt(T* ptr) {
    Ref r;
    r.ptr_ = ptr;
    return r;
  }

  /// The object, or null.
  T* get() const { return ptr_; }
  /// Member access; the handle must not be empty.
  T* operator->() const { return ptr_; }
  /// The object; the handle must not be empty.
  T& operator*() const { return *ptr_; }
  /// True when the handle holds an object.
  explicit operator bool() const { return ptr_ != nullptr; }

  /// Drops this handle; releases the object if it was the last one.
  void reset() {
    T* old = std::exchange(ptr_, nullptr);
    drop(old);
  }

  /// Number of handles sharing the object (0 for an empty Ref).
  long use_count() const { return ptr_ ? static_cast<long>(host_heap::headerOf(ptr_)->refs) : 0; }

  /// Same object (or both empty).
  friend bool operator==(const Ref& a, const Ref& b) { return a.ptr_ == b.ptr_; }

 private:
  static void destroy(void* payload) noexcept { static_cast<T*>(payload)->~T(); }

  void retain() const {
    if (ptr_) {
      host_heap::Header* h = host_heap::headerOf(ptr_);
      RT_ASSERT_INTERNAL((h->info & host_heap::kObjectBit) && !(h->info & host_heap::kFreedBit));
      ++h->refs;
    }
  }
  // Takes the pointer by value: the Ref itself may live inside the object being released.
  static void drop(T* ptr) {
    if (ptr) {
      host_heap::Header* h = host_heap::headerOf(ptr);
      RT_ASSERT_INTERNAL(h->refs > 0 && (h->info & host_heap::kObjectBit));
      if (--h->refs == 0) host_heap::releaseObject(ptr, &Ref::destroy);
    }
  }

  T* ptr_ = nullptr;
};

/// Constructs a T in GC memory; the returned Ref is its only handle.
template <typename T, typename... Args>
Ref<T> make(Args&&... args) {
  static_assert(alignof(T) <= 8, "GC objects are 8-byte aligned");
  void* p = host_heap::allocateObject(sizeof(T));
  return Ref<T>::adopt(::new (p) T(std::forward<Args>(args)...));
}

#endif

}  // namespace rt::gc
