// SPDX-License-Identifier: Apache-2.0
// toString() for HashError.
#include "host/hashing/hash_types.hpp"

namespace rt::hostlib::hashing {

const char* toString(HashError e) {
  switch (e) {
    case HashError::OutputLength:
      return "blake2b output length must be 1..64 bytes";
    case HashError::KeyLength:
      return "blake2b key must be at most 64 bytes";
  }
  return "unknown HashError";
}

}  // namespace rt::hostlib::hashing
