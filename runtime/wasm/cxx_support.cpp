// SPDX-License-Identifier: Apache-2.0
// The parts of libc++ that live in its compiled library rather than its headers, for a runtime
// that links no libc++.a (Debian's wasm32 build is not MVP-clean and pulls WASI imports):
// libc++ declares std::string's members as an extern template, so one explicit instantiation
// here provides them, compiled at MVP like the rest of the runtime.
#include <string>

template class std::basic_string<char>;
