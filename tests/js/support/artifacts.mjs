// SPDX-License-Identifier: Apache-2.0
// Shared helpers for the JavaScript tests: where `make build` left the runtimes, how to read
// their custom sections and exported globals, and a smoldot-executor task with no state.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { u8aToHex } from '@polkadot/util';

/** Folder holding runtime-<gc>.wasm (RT_ARTIFACT_DIR, default ./build). */
export const artifactDir = resolve(process.env.RT_ARTIFACT_DIR ?? 'build');

/** The two GC modes every runtime test runs in. */
export const gcModes = ['host_heap', 'conservative'];

/** Bytes of build/runtime-<gc>.wasm; fails with a clear message when it was not built. */
export function runtimeBytes(gc, suffix = 'wasm') {
  const path = `${artifactDir}/runtime-${gc}.${suffix}`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`make build GC=${gc}\` first`);
  return new Uint8Array(readFileSync(path));
}

/** The raw bytes of custom section `name` (undefined when absent). */
export function customSection(wasmBytes, name) {
  const sections = WebAssembly.Module.customSections(new WebAssembly.Module(wasmBytes), name);
  return sections.length ? new Uint8Array(sections[0]) : undefined;
}

/** Value of an exported i32 global (instantiates with a fresh memory and trapping imports). */
export function exportedGlobal(wasmBytes, name) {
  const module = new WebAssembly.Module(wasmBytes);
  const env = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.kind === 'memory') {
      env[imp.name] = new WebAssembly.Memory({ initial: 4096 });
    } else if (imp.kind === 'function') {
      env[imp.name] = () => { throw new Error(`${imp.name} called during instantiation`); };
    }
  }
  const instance = new WebAssembly.Instance(module, { env });
  return instance.exports[name]?.value;
}

/** A JsCallback for a call against empty state (no storage, no offchain). */
export const emptyState = {
  getStorage: async () => undefined,
  getNextKey: async () => undefined,
  offchainGetStorage: async () => undefined,
  offchainTimestamp: async () => 0,
  offchainRandomSeed: async () => u8aToHex(new Uint8Array(32)),
  offchainSubmitTransaction: async () => false,
};

let nextTaskId = 1;
/** A chopsticks-executor task calling `method` with SCALE `args` (hex strings), strict imports. */
export function task(wasmBytes, method, args = []) {
  return {
    id: nextTaskId++,
    wasm: u8aToHex(wasmBytes),
    calls: [[method, args]],
    mockSignatureHost: 0,
    allowUnresolvedImports: false,
    runtimeLogLevel: 4,
    storageProofSize: 0,
  };
}
