// SPDX-License-Identifier: Apache-2.0
// A real block in both hosts: the Rust node-template of ../shared/peers (its raw chain spec gives
// the genesis state and :code) builds block 1 with the timestamp inherent and a signed
// //Alice -> //Bob transfer (made by @polkadot/types + @polkadot/keyring), once in smoldot's
// executor (npm @acala-network/chopsticks-executor) and once in rt-host (host/ on wabt):
//   - every call's output is byte-identical (initialize, apply x2, finalize), except the state
//     root in the finalized header: chopsticks' run_task gives smoldot no trie nodes of the base
//     state, so its in-runtime root is not the real one. rt-host's must equal the reference,
//     chopsticks-executor's own calculate_state_root over the state after the block;
//   - the storage after the block is identical;
//   - rt-host then imports the finished block with Core_execute_block on the genesis state:
//     the runtime checks the state and extrinsics roots against the header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { calculate_state_root, run_task } from '@acala-network/chopsticks-executor';
import { Keyring } from '@polkadot/keyring';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { decorateExtrinsics } from '@polkadot/types/metadata/decorate';
import { hexToU8a, u8aToHex, u8aConcat } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';

const rtHost = process.env.RT_HOST_BIN;
const peers = resolve(process.env.RT_PEERS_DIR ?? '../shared/peers');
const specPath = `${peers}/rust_node_template.chainspec.json`;

let taskId = 1;
function storageCallbacks(state) {
  const keys = [...state.keys()].sort();
  return {
    getStorage: async (key) => state.get(key),
    getNextKey: async (prefix, key) => keys.find((k) => k > key && k.startsWith(prefix)),
    offchainGetStorage: async () => undefined,
    offchainTimestamp: async () => 0,
    offchainRandomSeed: async () => u8aToHex(new Uint8Array(32)),
    offchainSubmitTransaction: async () => false,
  };
}

async function smoldot(wasm, calls, state) {
  const response = await run_task({
    id: taskId++, wasm, calls, mockSignatureHost: 0, allowUnresolvedImports: false,
    runtimeLogLevel: Number(process.env.RT_LOG_LEVEL ?? 0), storageProofSize: 0,
  }, storageCallbacks(state));
  assert.ok(response.Call, `${calls.map((c) => c[0]).join(', ')}: ${JSON.stringify(response)}`);
  return response.Call;
}

/** Genesis of the Rust node-template: its raw chain spec (with :code). */
function nodeTemplateGenesis() {
  return new Map(Object.entries(JSON.parse(readFileSync(specPath, 'utf8')).genesis.raw.top));
}

/** Genesis of Gosemble's PoA template: GenesisBuilder_build_config with //Alice as the Aura and
 * GRANDPA authority, sudo and endowed account (Gosemble ships no chain spec). */
async function gosembleGenesis(path) {
  await cryptoWaitReady();
  const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  const bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');
  const aliceEd = new Keyring({ type: 'ed25519' }).addFromUri('//Alice');
  // Gosemble's genesis JSON: SS58 addresses; the Aura/GRANDPA authorities come from session keys.
  const config = {
    system: {}, session: { keys: [[alice.address, alice.address, { aura: alice.address, grandpa: aliceEd.address }]] },
    aura: { authorities: [] }, grandpa: { authorities: [] },
    balances: { balances: [[alice.address, 1_000_000_000_000_000_000], [bob.address, 1_000_000_000_000_000_000]] },
    transactionPayment: { multiplier: '1' }, sudo: { key: alice.address },
  };
  const wasm = u8aToHex(readFileSync(path));
  const registry = new TypeRegistry();
  const input = u8aToHex(registry.createType('Bytes', u8aToHex(new TextEncoder().encode(JSON.stringify(config)))).toU8a());
  const r = await smoldot(wasm, [['GenesisBuilder_build_config', [input]]], new Map());
  const genesis = new Map(r.storageDiff.filter(([, v]) => v != null));
  genesis.set('0x3a636f6465', wasm);
  return genesis;
}

const runtimes = [
  ['node-template', specPath, () => nodeTemplateGenesis()],
  ['gosemble', `${peers}/gosemble_poa_template_v101.wasm`, () => gosembleGenesis(`${peers}/gosemble_poa_template_v101.wasm`)],
];

for (const [name, path, loadGenesis] of runtimes) {
test(`${name} block 1: identical outputs and storage in rt-host and smoldot; Core_execute_block imports it`,
  { skip: !existsSync(path) && `${path} not found` }, async () => {
    await cryptoWaitReady();
    const genesis = await loadGenesis();
    const top = Object.fromEntries(genesis);
    const wasm = genesis.get('0x3a636f6465');

    // Genesis header and hash (state version of the runtime: Core_version's last byte).
    const registry = new TypeRegistry();
    const version = registry.createType('RuntimeVersion', hexToU8a((await smoldot(wasm, [['Core_version', []]], genesis)).result));
    const stateVersion = version.stateVersion ? version.stateVersion.toNumber() : 0;
    const genesisRoot = await calculate_state_root([...genesis.entries()], stateVersion);
    const emptyRoot = blake2AsHex(new Uint8Array([0]), 256);
    const genesisHeader = registry.createType('Header', {
      parentHash: new Uint8Array(32), number: 0, stateRoot: genesisRoot, extrinsicsRoot: emptyRoot, digest: { logs: [] },
    });
    const genesisHash = genesisHeader.hash.toHex();

    const metadataBytes = registry.createType('OpaqueMetadata', hexToU8a((await smoldot(wasm, [['Metadata_metadata', []]], genesis)).result));
    const metadata = new Metadata(registry, metadataBytes.toU8a(true));
    registry.setMetadata(metadata);

    // Block 1: Aura slot 1 and timestamp = 1 slot duration (AuraApi_slot_duration), as Aura
    // requires the two to agree.
    const slotDuration = registry.createType('u64', hexToU8a((await smoldot(wasm, [['AuraApi_slot_duration', []]], genesis)).result)).toBigInt();
    const slot = registry.createType('u64', 1).toU8a();
    const header = registry.createType('Header', {
      parentHash: genesisHash, number: 1, stateRoot: new Uint8Array(32), extrinsicsRoot: new Uint8Array(32),
      digest: { logs: [{ PreRuntime: [u8aToHex(new TextEncoder().encode('aura')), u8aToHex(slot)] }] },
    });
    const inherentData = registry.createType('BTreeMap<[u8;8], Bytes>', new Map([
      [u8aToHex(new TextEncoder().encode('timstap0')), registry.createType('u64', slotDuration).toHex(true)],
    ]));
    const inherents = registry.createType('Vec<Bytes>', hexToU8a((await smoldot(wasm, [
      ['Core_initialize_block', [header.toHex()]],
      ['BlockBuilder_inherent_extrinsics', [inherentData.toHex()]],
    ], genesis)).result));

    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');
    const tx = decorateExtrinsics(registry, metadata.asLatest, metadata.version);
    const transfer = (tx.balances.transferKeepAlive ?? tx.balances.transfer)(bob.address, 1_000_000_000_000n);
    const extrinsic = registry.createType('Extrinsic', transfer);
    extrinsic.sign(alice, {
      blockHash: genesisHash, genesisHash, nonce: 0, era: registry.createType('ExtrinsicEra', new Uint8Array([0])),
      runtimeVersion: version, signedExtensions: registry.signedExtensions,
    });
    // Each extrinsic as apply_extrinsic takes it: its full encoding, length prefix included.
    const extrinsics = [...inherents.map((x) => u8aToHex(x.toU8a())), extrinsic.toHex()];

    const calls = [
      ['Core_initialize_block', header.toHex()],
      ...extrinsics.map((x) => ['BlockBuilder_apply_extrinsic', x]),
      ['BlockBuilder_finalize_block', '0x'],
    ];

    // smoldot: one call at a time, to compare every output, with the storage diff carried over.
    const smoldotOutputs = [];
    let smoldotDiff = [];
    {
      const expectedCalls = [];
      for (const [method, arg] of calls) {
        expectedCalls.push([method, arg === '0x' ? [] : [arg]]);
        const r = await smoldot(wasm, expectedCalls, genesis);
        smoldotOutputs.push(r.result);
        smoldotDiff = r.storageDiff;
      }
    }
    for (const out of smoldotOutputs.slice(1, -1)) assert.equal(out, '0x0000', 'apply_extrinsic: Ok(Ok(()))');

    // rt-host: all calls in one invocation on one storage.
    const dir = mkdtempSync(join(tmpdir(), 'rt-block-'));
    writeFileSync(`${dir}/genesis.json`, JSON.stringify({ top }));
    const codeFile = `${dir}/code.wasm`;
    writeFileSync(codeFile, hexToU8a(wasm));
    const ours = execFileSync(rtHost, ['call', codeFile, ...calls.flat(), '--state', `${dir}/genesis.json`,
      '--state-out', `${dir}/after.json`, ...(process.env.RT_LOG_LEVEL ? ['--logs'] : [])]).toString().trim().split('\n');
    assert.deepEqual(ours.slice(0, -1), smoldotOutputs.slice(0, -1));
    const ourHeader = registry.createType('Header', hexToU8a(ours.at(-1)));
    const theirHeader = registry.createType('Header', hexToU8a(smoldotOutputs.at(-1)));
    assert.equal(ourHeader.extrinsicsRoot.toHex(), theirHeader.extrinsicsRoot.toHex());
    assert.equal(ourHeader.parentHash.toHex(), theirHeader.parentHash.toHex());
    assert.equal(ourHeader.digest.toHex(), theirHeader.digest.toHex());

    const after = JSON.parse(readFileSync(`${dir}/after.json`, 'utf8')).top;
    const expected = Object.fromEntries(genesis);
    for (const [key, value] of smoldotDiff) {
      if (value === null || value === undefined) delete expected[key];
      else expected[key] = value;
    }
    assert.deepEqual(Object.keys(after).sort(), Object.keys(expected).sort());
    for (const key of Object.keys(expected)) assert.equal(after[key], expected[key], `storage ${key}`);

    // The real root of the state after the block, by chopsticks' own trie code.
    assert.equal(ourHeader.stateRoot.toHex(), await calculate_state_root(Object.entries(after), stateVersion));

    // Import: Core_execute_block(header, extrinsics) on the genesis state.
    const finished = ourHeader;
    const block = u8aConcat(finished.toU8a(), registry.createType('Compact<u32>', extrinsics.length).toU8a(),
      ...extrinsics.map((x) => hexToU8a(x)));
    const imported = execFileSync(rtHost, ['call', codeFile, 'Core_execute_block', u8aToHex(block),
      '--state', `${dir}/genesis.json`]).toString().trim();
    assert.equal(imported, '0x');
    assert.notEqual(finished.stateRoot.toHex(), genesisRoot);
  });
}
