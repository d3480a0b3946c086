# SPDX-License-Identifier: Apache-2.0
# Thin wrapper over CMake. Two configurations of one tree:
#   build/native          native tools (wasm-opt-pass, wasm-check, ...) and the test suites
#   build/wasm-<GC>       the runtime for wasm32 MVP, post-passed and checked into build/
#
#   make build [GC=host_heap|conservative]   installs what is missing, writes build/runtime.wasm
#   make test                                builds both GC modes and runs every test (ctest)
#   make bench                               builds both GC modes and runs bench/ (table + JSON)
#   make deps                                installs Debian/npm dependencies and bdwgc's source
GC ?= host_heap
BUILD_TYPE ?= Release
RT_WERROR ?= OFF
BUILD := build
NATIVE := $(BUILD)/native
WASM := $(BUILD)/wasm-$(GC)
# Ninja is installed by `make deps`, which runs before any configure.
GENERATOR := Ninja

.PHONY: build native wasm test bench deps clean

build: wasm
	@echo "built $(BUILD)/runtime.wasm ($(GC)): $$(stat -c %s $(BUILD)/runtime.wasm) bytes, compressed $$(stat -c %s $(BUILD)/runtime.compact.compressed.wasm) bytes"

deps $(BUILD)/deps/.stamp: package-lock.json tools/deps/install.sh
	@tools/deps/install.sh

native: $(BUILD)/deps/.stamp
	@cmake -S . -B $(NATIVE) -G "$(GENERATOR)" -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
	  -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 -DRT_WERROR=$(RT_WERROR) >/dev/null
	@cmake --build $(NATIVE)

wasm: native
	@cmake -S . -B $(WASM) -G "$(GENERATOR)" -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/cmake/wasm32.cmake -DRT_GC=$(GC) -DRT_WERROR=$(RT_WERROR) \
	  -DRT_NATIVE_TOOLS_DIR=$(CURDIR)/$(NATIVE)/bin -DRT_ARTIFACT_DIR=$(CURDIR)/$(BUILD) >/dev/null
	@cmake --build $(WASM)

test:
	@$(MAKE) --no-print-directory build GC=conservative
	@$(MAKE) --no-print-directory build GC=host_heap
	@ctest --test-dir $(NATIVE) --output-on-failure -j 2

bench:
	@$(MAKE) --no-print-directory build GC=conservative
	@$(MAKE) --no-print-directory build GC=host_heap
	@node bench/run_gc_bench.mjs
	@node bench/run_block_bench.mjs
	@node bench/run_smoldot_bench.mjs

clean:
	rm -rf $(NATIVE) $(BUILD)/wasm-* $(BUILD)/runtime*.wasm
