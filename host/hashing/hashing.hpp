// SPDX-License-Identifier: Apache-2.0
// Everything in rt_host_hashing: the algorithms of the ext_hashing_* host functions
// (`pub trait Hashing` in
// https://github.com/paritytech/polkadot-sdk/blob/04bde5623cea69bcfab2626395ad445fd01a884f/substrate/primitives/io/src/lib.rs):
// keccak_256, keccak_512, sha2_256, blake2_128, blake2_256, twox_64, twox_128, twox_256.
#pragma once

#include "host/hashing/blake2b.hpp"
#include "host/hashing/hash_types.hpp"
#include "host/hashing/keccak.hpp"
#include "host/hashing/sha2.hpp"
#include "host/hashing/twox.hpp"
