// SPDX-License-Identifier: Apache-2.0
// This runtime's metadata through @polkadot/types, in smoldot's executor (chopsticks-executor):
// Metadata_metadata (v14) and Metadata_metadata_at_version(15) decode without custom types, a
// walk over every pallet's calls, events, errors, storage entries (defaults decoded with their
// types) and constants (values decoded) finds nothing unknown, and a transfer polkadot.js builds
// and signs from this metadata is applied by the runtime: polkadot.js and the runtime agree on the
// call encoding, the signed extensions and the signed payload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run_task } from '@acala-network/chopsticks-executor';
import { Keyring } from '@polkadot/keyring';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { decorateExtrinsics, decorateStorage } from '@polkadot/types/metadata/decorate';
import { compactStripLength, hexToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { gcModes, runtimeBytes } from './support/artifacts.mjs';

let id = 1;
function callbacks(state = new Map()) {
  const keys = [...state.keys()].sort();
  return {
    getStorage: async (k) => state.get(k),
    getNextKey: async (prefix, key) => keys.find((k) => k > key && k.startsWith(prefix)),
    offchainGetStorage: async () => undefined, offchainTimestamp: async () => 0,
    offchainRandomSeed: async () => u8aToHex(new Uint8Array(32)), offchainSubmitTransaction: async () => false,
  };
}
async function call(wasm, calls, state) {
  const r = await run_task({ id: id++, wasm, calls, mockSignatureHost: 0, allowUnresolvedImports: false,
    runtimeLogLevel: 1, storageProofSize: 0 }, callbacks(state));
  assert.ok(r.Call, JSON.stringify(r));
  return r.Call;
}

async function metadataOf(wasm, version) {
  const registry = new TypeRegistry();
  let bytes;
  if (version === 14) {
    bytes = hexToU8a((await call(wasm, [['Metadata_metadata', []]])).result);
  } else {
    const out = hexToU8a((await call(wasm, [['Metadata_metadata_at_version', ['0x0f000000']]])).result);
    assert.equal(out[0], 1, 'Some(metadata)');
    bytes = out.subarray(1);
  }
  const metadata = new Metadata(registry, registry.createType('OpaqueMetadata', bytes).toU8a(true));
  registry.setMetadata(metadata);
  return { registry, metadata };
}

for (const gc of gcModes) {
  for (const version of [14, 15]) {
    test(`${gc}: metadata v${version} decodes and every item walks`, async () => {
      const wasm = u8aToHex(runtimeBytes(gc));
      const { registry, metadata } = await metadataOf(wasm, version);
      assert.equal(metadata.version, version);
      const latest = metadata.asLatest;
      const names = latest.pallets.map((p) => p.name.toString());
      assert.deepEqual(names, ['System', 'Timestamp', 'Balances', 'TransactionPayment', 'Sudo']);
      let items = 0;
      for (const pallet of latest.pallets) {
        for (const kind of ['calls', 'events', 'errors']) {
          if (pallet[kind].isSome) {
            const def = registry.lookup.getSiType(pallet[kind].unwrap().type).def;
            assert.ok(def.isVariant, `${pallet.name} ${kind} is an enum`);
            for (const variant of def.asVariant.variants) {
              for (const field of variant.fields) registry.createType(registry.createLookupType(field.type));  // resolvable
              items += 1;
            }
          }
        }
        if (pallet.storage.isSome) {
          for (const entry of pallet.storage.unwrap().items) {
            const value = entry.type.isPlain ? entry.type.asPlain : entry.type.asMap.value;
            if (entry.modifier.isDefault) {
              const decoded = registry.createType(registry.createLookupType(value), entry.fallback.toU8a(true));
              assert.ok(decoded, `${pallet.name}.${entry.name} default`);
            }
            items += 1;
          }
        }
        for (const constant of pallet.constants) {
          const decoded = registry.createType(registry.createLookupType(constant.type), constant.value.toU8a(true));
          assert.deepEqual(decoded.toU8a(), constant.value.toU8a(true), `${pallet.name}.${constant.name}`);
          items += 1;
        }
      }
      assert.ok(items > 50, `${items} items`);
      const extensions = (latest.extrinsic.transactionExtensions ?? latest.extrinsic.signedExtensions)
        .map((e) => e.identifier.toString());
      assert.deepEqual(extensions, ['CheckNonZeroSender', 'CheckSpecVersion', 'CheckTxVersion', 'CheckGenesis',
        'CheckMortality', 'CheckNonce', 'CheckWeight', 'ChargeTransactionPayment']);
    });
  }

  test(`${gc}: a transfer signed by polkadot.js from this metadata is applied`, async () => {
    await cryptoWaitReady();
    const wasm = u8aToHex(runtimeBytes(gc));
    const { registry, metadata } = await metadataOf(wasm, 14);
    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');
    // Genesis: //Alice endowed (System.Account, Balances.TotalIssuance), keys from polkadot.js.
    const storage = decorateStorage(registry, metadata.asLatest, metadata.version);
    const endowment = 10n ** 18n;
    const info = registry.createType('FrameSystemAccountInfo', {
      nonce: 0, consumers: 0, providers: 1, sufficients: 0,
      data: { free: endowment, reserved: 0, frozen: 0, flags: 1n << 127n },
    });
    // Decorated storage keys carry a compact length prefix; the state is keyed by the raw key.
    const key = (prefixed) => u8aToHex(compactStripLength(prefixed)[1]);
    const state = new Map([
      [key(storage.system.account(alice.address)), info.toHex()],
      [key(storage.balances.totalIssuance()), registry.createType('u128', endowment).toHex()],
    ]);
    const zero = new Uint8Array(32);
    const header = registry.createType('Header', { parentHash: zero, number: 1, stateRoot: zero, extrinsicsRoot: zero, digest: { logs: [] } });
    const version = registry.createType('RuntimeVersion', hexToU8a((await call(wasm, [['Core_version', []]])).result));
    const tx = decorateExtrinsics(registry, metadata.asLatest, metadata.version);
    const extrinsic = registry.createType('Extrinsic', tx.balances.transferKeepAlive(bob.address, 10n ** 15n));
    // The genesis hash is System.BlockHash(0): block 1's parent hash, all zeros here.
    extrinsic.sign(alice, { blockHash: u8aToHex(zero), genesisHash: u8aToHex(zero), nonce: 0,
      era: registry.createType('ExtrinsicEra', new Uint8Array([0])), runtimeVersion: version,
      signedExtensions: registry.signedExtensions, tip: 7 });
    const inherents = registry.createType('Vec<Bytes>', hexToU8a((await call(wasm, [
      ['BlockBuilder_inherent_extrinsics', [registry.createType('BTreeMap<[u8;8], Bytes>',
        new Map([[u8aToHex(new TextEncoder().encode('timstap0')), registry.createType('u64', 6000).toHex(true)]])).toHex()]],
    ], state)).result));
    const result = await call(wasm, [
      ['Core_initialize_block', [header.toHex()]],
      ...inherents.map((x) => ['BlockBuilder_apply_extrinsic', [u8aToHex(x.toU8a())]]),
      ['BlockBuilder_apply_extrinsic', [extrinsic.toHex()]],
    ], state);
    assert.equal(result.result, '0x0000', 'Ok(Ok(()))');
    const events = registry.createType('Vec<FrameSystemEventRecord>',
      hexToU8a(result.storageDiff.find(([k]) => k === key(storage.system.events()))[1]));
    const names = events.map((e) => `${e.event.section}.${e.event.method}`);
    assert.ok(names.includes('balances.Transfer'), names.join(', '));
    const paid = events.find((e) => e.event.method === 'TransactionFeePaid');
    assert.ok(paid);
    assert.equal(paid.event.data[2].toString(), '7', 'the tip');
  });
}
