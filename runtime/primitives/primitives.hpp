// SPDX-License-Identifier: Apache-2.0
// sp_runtime's types (and the FRAME types that travel with them) as C++ value types with SCALE
// codecs that match Substrate's byte for byte: include this one header, or the one file you need.
//
//   fixed_bytes.hpp          AccountId32, H256, H512, ConsensusEngineId
//   dispatch_error.hpp       DispatchError, ModuleError, TokenError, ArithmeticError,
//                            TransactionalError, TrieError, DispatchOutcome
//   transaction_validity.hpp InvalidTransaction, UnknownTransaction, TransactionValidityError,
//                            ValidTransaction, TransactionSource, TransactionValidity,
//                            ApplyExtrinsicResult
//   multi_signature.hpp      MultiSignature, MultiSigner
//   multi_address.hpp        MultiAddress<AccountId, AccountIndex>
//   era.hpp                  Era
//   digest.hpp, header.hpp   DigestItem, Digest, Header<Number, Hash>
//   weight.hpp               Weight
//   dispatch_info.hpp        DispatchClass, Pays, DispatchInfo, PostDispatchInfo
//   event_record.hpp         Phase, EventRecord<E, T>
//   account_info.hpp         AccountInfo<Nonce, Data>, AccountData<Balance>, ExtraFlags
//   signed_extensions.hpp    the standard extensions, SignedExtra, SignedExtraAdditional
//   unchecked_extrinsic.hpp  splitExtrinsic, encode*Extrinsic, nextExtrinsic, SignedPayload
//
// Everything is header-only, allocates only through std containers (the GC's operator new in the
// wasm runtime), and never traps while decoding. Namespace rt::runtime::primitives.
#pragma once

#include "runtime/primitives/account_info.hpp"
#include "runtime/primitives/digest.hpp"
#include "runtime/primitives/dispatch_error.hpp"
#include "runtime/primitives/dispatch_info.hpp"
#include "runtime/primitives/era.hpp"
#include "runtime/primitives/event_record.hpp"
#include "runtime/primitives/fixed_bytes.hpp"
#include "runtime/primitives/header.hpp"
#include "runtime/primitives/multi_address.hpp"
#include "runtime/primitives/multi_signature.hpp"
#include "runtime/primitives/signed_extensions.hpp"
#include "runtime/primitives/transaction_validity.hpp"
#include "runtime/primitives/unchecked_extrinsic.hpp"
#include "runtime/primitives/weight.hpp"
