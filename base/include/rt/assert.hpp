// SPDX-License-Identifier: Apache-2.0
// Assertions and the unreachable trap, levelled by RT_DEBUG (mimalloc's scheme):
//   RT_ASSERT            always on (cheap checks whose failure would corrupt state)
//   RT_ASSERT_INTERNAL   RT_DEBUG >= 2
//   RT_ASSERT_EXPENSIVE  RT_DEBUG >= 3
// A failed assertion calls rt_panic(), which the runtime routes to the host's log and a trap and
// native builds route to stderr + abort.
#pragma once

#ifndef RT_DEBUG
#define RT_DEBUG 0  // 0 release, 1 checks, 2 internal invariants, 3 expensive invariants
#endif

extern "C" [[noreturn]] void rt_panic(const char* message, const char* file, int line);

#define RT_ASSERT(cond) \
  ((cond) ? (void)0 : rt_panic("assertion failed: " #cond, __FILE__, __LINE__))

#if RT_DEBUG >= 2
#define RT_ASSERT_INTERNAL(cond) RT_ASSERT(cond)
#else
#define RT_ASSERT_INTERNAL(cond) ((void)0)
#endif

#if RT_DEBUG >= 3
#define RT_ASSERT_EXPENSIVE(cond) RT_ASSERT(cond)
#else
#define RT_ASSERT_EXPENSIVE(cond) ((void)0)
#endif

/// Marks a state that cannot happen; traps with the reason.
#define RT_UNREACHABLE(why) rt_panic("unreachable: " why, __FILE__, __LINE__)
