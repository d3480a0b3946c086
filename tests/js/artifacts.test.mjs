// SPDX-License-Identifier: Apache-2.0
// What `make build` writes, checked as a host would see it:
// - runtime.compact.compressed.wasm is Substrate's zstd prefix + a frame that inflates to the raw runtime;
// - the conservative build's exported __heap_base is the linker's heap base + the GC region size,
//   the host_heap build's is the linker's own, and imported memory covers it;
// - both export immutable __heap_base/__data_end and import memory as env.memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { artifactDir, gcModes, runtimeBytes, exportedGlobal } from './support/artifacts.mjs';

const ZSTD_PREFIX = [0x52, 0xbc, 0x53, 0x76, 0x46, 0xdb, 0x8e, 0x05];
const regionSize = Number(process.env.RT_GC_REGION_SIZE ?? 4194304);

/** The module as wasm-ld linked it, before the post-pass. */
function linkedBytes(gc) {
  return new Uint8Array(readFileSync(`${artifactDir}/wasm-${gc}/runtime/runtime.wasm`));
}

for (const gc of gcModes) {
  test(`${gc}: compact.compressed form = zstd prefix + frame of the raw runtime`, () => {
    const compressed = runtimeBytes(gc, 'compact.compressed.wasm');
    assert.deepEqual([...compressed.subarray(0, 8)], ZSTD_PREFIX);
    const raw = execFileSync('zstd', ['-d', '-c', '-q'], { input: compressed.subarray(8) });
    assert.deepEqual(new Uint8Array(raw), runtimeBytes(gc));
  });

  test(`${gc}: imports memory as env.memory and exports immutable __heap_base/__data_end`, () => {
    const module = new WebAssembly.Module(runtimeBytes(gc));
    const memories = WebAssembly.Module.imports(module).filter((i) => i.kind === 'memory');
    assert.deepEqual(memories, [{ module: 'env', name: 'memory', kind: 'memory' }]);
    const exports = WebAssembly.Module.exports(module);
    for (const name of ['__heap_base', '__data_end']) {
      assert.ok(exports.some((e) => e.name === name && e.kind === 'global'), `${name} not exported`);
    }
    assert.ok(!exports.some((e) => e.kind === 'memory'), 'memory must not be exported');
  });
}

test('conservative: exported __heap_base = linker heap base + GC region size', () => {
  const linked = exportedGlobal(linkedBytes('conservative'), '__heap_base');
  const exported = exportedGlobal(runtimeBytes('conservative'), '__heap_base');
  assert.equal(exported, linked + regionSize);
  assert.equal(exportedGlobal(runtimeBytes('conservative'), '__data_end'),
               exportedGlobal(linkedBytes('conservative'), '__data_end'));
});

test('host_heap: exported __heap_base is the linker heap base', () => {
  assert.equal(exportedGlobal(runtimeBytes('host_heap'), '__heap_base'),
               exportedGlobal(linkedBytes('host_heap'), '__heap_base'));
});
