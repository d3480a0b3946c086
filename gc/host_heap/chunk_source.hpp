// SPDX-License-Identifier: Apache-2.0
// The chunk source: where host_heap gets its big blocks (chunks and large objects) from.
//
// The platform seam of the backend, in the shape of mimalloc's prim.h: on wasm32 every block is a
// host allocation (rt::host::malloc / rt::host::free, i.e. ext_allocator_malloc/free); natively
// it is one mimalloc heap per runtime call, destroyed wholesale at the end of the call. The heap
// does all statistics itself (freeing-bump accounting), so both platforms report alike.
#pragma once

#include <cstdint>

namespace rt::gc::host_heap {

/// `size` bytes, 8-byte aligned, from the host (natively: the call's mimalloc heap); null when
/// the source is exhausted (on wasm the host traps before that).
void* chunkAcquire(uint32_t size);

/// Gives a block from chunkAcquire() back.
void chunkRelease(void* block);

/// Called by callBegin(): natively creates the call's mimalloc heap if there is none.
void chunkBeginCall();

/// Called by callEnd() after every block was released: natively destroys the call's heap.
void chunkEndCall();

/// A block that outlives the call (a host-owned result). Natively plain std::malloc: native
/// callers (tests) free it with std::free. Null on exhaustion.
uint8_t* chunkHostBuffer(uint32_t size);

}  // namespace rt::gc::host_heap
