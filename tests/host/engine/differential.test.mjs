// SPDX-License-Identifier: Apache-2.0
// Differential: the project's host (rt-host, on wabt) and smoldot's executor (npm
// @acala-network/chopsticks-executor) give byte-identical outputs for the same runtime calls:
// Core_version and Metadata_metadata of both GC builds and of every peer runtime in
// ../shared/peers (skipped where absent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { run_task } from '@acala-network/chopsticks-executor';
import { u8aToHex } from '@polkadot/util';
import { artifactDir, emptyState } from '../../js/support/artifacts.mjs';

const rtHost = process.env.RT_HOST_BIN;
const peers = resolve(process.env.RT_PEERS_DIR ?? '../shared/peers');
// [runtime, the entry points to compare] (this runtime has no Metadata API yet).
const runtimes = [
  [`${artifactDir}/runtime-host_heap.wasm`, ['Core_version']],
  [`${artifactDir}/runtime-conservative.wasm`, ['Core_version']],
  [`${peers}/rust_node_template_runtime.wasm`, ['Core_version', 'Metadata_metadata']],
  [`${peers}/rust_node_template.compact.compressed.wasm`, ['Core_version', 'Metadata_metadata']],
  [`${peers}/gosemble_poa_template_v101.wasm`, ['Core_version', 'Metadata_metadata']],
];

let id = 1;
async function smoldot(path, method) {
  const response = await run_task({
    id: id++, wasm: u8aToHex(readFileSync(path)), calls: [[method, []]], mockSignatureHost: 0,
    allowUnresolvedImports: true, runtimeLogLevel: 0, storageProofSize: 0,
  }, emptyState);
  assert.ok(response.Call, `${method}: ${JSON.stringify(response)}`);
  return response.Call.result;
}

function ours(path, method) {
  return execFileSync(rtHost, ['call', path, method, '0x', '--allow-unresolved']).toString().trim();
}

for (const [path, methods] of runtimes) {
  for (const method of methods) {
    test(`${path.split('/').pop()}: ${method} equals smoldot's`, { skip: !existsSync(path) && 'not found' }, async () => {
      assert.equal(ours(path, method), await smoldot(path, method));
    });
  }
}

test('rt-host: bad input gets one line and exit code 1', () => {
  for (const args of [['version', '/nonexistent.wasm'], ['call', runtimes[0][0], 'Core_version', '0xzz'],
                      ['call', runtimes[0][0], 'No_such', '0x']]) {
    let failed;
    try { execFileSync(rtHost, args, { stdio: 'pipe' }); } catch (e) { failed = e; }
    assert.ok(failed, `${args.join(' ')} should fail`);
    assert.equal(failed.status, 1);
    const lines = failed.stderr.toString().trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^rt-host: /);
  }
});
