// SPDX-License-Identifier: Apache-2.0
// Real-host acceptance: both GC builds of build/runtime-<gc>.wasm load in smoldot's executor
// (npm @acala-network/chopsticks-executor) with unresolved imports disallowed, and report the
// expected RuntimeVersion both from the embedded custom sections and by running Core_version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { get_runtime_version, run_task } from '@acala-network/chopsticks-executor';
import { TypeRegistry } from '@polkadot/types';
import { hexToU8a, u8aToHex, u8aToString } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { gcModes, runtimeBytes, customSection, emptyState, task } from './support/artifacts.mjs';

// The version this runtime declares (runtime/version.hpp); API ids are recomputed here as
// blake2b-64 of the trait name, independently of the C++ constants.
const expected = {
  specName: 'cpp-runtime',
  implName: 'cpp-runtime',
  authoringVersion: 1,
  specVersion: 100,
  implVersion: 1,
  apis: [['Core', 5], ['BlockBuilder', 6], ['TaggedTransactionQueue', 3], ['OffchainWorkerApi', 2],
         ['AccountNonceApi', 1], ['TransactionPaymentApi', 4], ['TransactionPaymentCallApi', 3],
         ['Metadata', 2]].map(([name, v]) => [blake2AsHex(name, 64), v]),
  transactionVersion: 1,
  systemVersion: 1,
};

const registry = new TypeRegistry();

for (const gc of gcModes) {
  test(`${gc}: get_runtime_version reads the embedded runtime_version/runtime_apis sections`, async () => {
    const v = await get_runtime_version(u8aToHex(runtimeBytes(gc)));
    assert.equal(u8aToString(hexToU8a(v.specName)), expected.specName);
    assert.equal(u8aToString(hexToU8a(v.implName)), expected.implName);
    assert.equal(v.authoringVersion, expected.authoringVersion);
    assert.equal(v.specVersion, expected.specVersion);
    assert.equal(v.implVersion, expected.implVersion);
    assert.deepEqual(v.apis, expected.apis);
    assert.equal(v.transactionVersion, expected.transactionVersion);
    assert.equal(v.stateVersion, expected.systemVersion);
  });

  test(`${gc}: run_task Core_version returns the expected RuntimeVersion`, async () => {
    const wasm = runtimeBytes(gc);
    const response = await run_task(task(wasm, 'Core_version'), emptyState);
    assert.ok(response.Call, `Core_version failed: ${JSON.stringify(response)}`);
    const v = registry.createType('RuntimeVersion', hexToU8a(response.Call.result));
    assert.equal(v.specName.toString(), expected.specName);
    assert.equal(v.implName.toString(), expected.implName);
    assert.equal(v.authoringVersion.toNumber(), expected.authoringVersion);
    assert.equal(v.specVersion.toNumber(), expected.specVersion);
    assert.equal(v.implVersion.toNumber(), expected.implVersion);
    assert.deepEqual(v.apis.map(([id, ver]) => [id.toHex(), ver.toNumber()]), expected.apis);
    assert.equal(v.transactionVersion.toNumber(), expected.transactionVersion);
    assert.equal(v.stateVersion.toNumber(), expected.systemVersion);  // polkadot.js: stateVersion
    // What the host reads without executing is byte-for-byte what the runtime returns.
    assert.equal(u8aToHex(customSection(wasm, 'runtime_version')), response.Call.result);
    assert.deepEqual(response.Call.storageDiff, []);
  });

  test(`${gc}: runtime_apis section lists each API as 8-byte id + u32 version, no prefix`, () => {
    const section = customSection(runtimeBytes(gc), 'runtime_apis');
    assert.ok(section, 'runtime_apis section missing');
    assert.equal(section.length, 12 * expected.apis.length);
    expected.apis.forEach(([id, version], i) => {
      assert.equal(u8aToHex(section.subarray(12 * i, 12 * i + 8)), id);
      assert.equal(new DataView(section.buffer, section.byteOffset + 12 * i + 8, 4).getUint32(0, true), version);
    });
  });

  test(`${gc}: an entry point the runtime does not export is reported, not trapped`, async () => {
    const response = await run_task(task(runtimeBytes(gc), 'Core_no_such_api'), emptyState);
    assert.ok(response.Error, 'expected an error');
  });
}
