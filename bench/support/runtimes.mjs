// SPDX-License-Identifier: Apache-2.0
// What the benchmarks share: where the artifacts are, the runtimes compared (this project's two GC
// builds and the peers in ../shared/peers) with a genesis state for each, and the raw module size.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady, xxhashAsU8a } from '@polkadot/util-crypto';

export const build = resolve(process.env.RT_ARTIFACT_DIR ?? 'build');
export const rtHost = `${build}/native/bin/rt-host`;
export const peers = resolve(process.env.RT_PEERS_DIR ?? '../shared/peers');
const work = mkdtempSync(join(tmpdir(), 'rt-bench-'));

/** Gosemble ships no chain spec: its genesis from GenesisBuilder_build_config. */
export function gosembleGenesis(wasmPath) {
  const alice = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
  const aliceEd = '5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu';
  const bob = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
  const config = JSON.stringify({
    system: {}, session: { keys: [[alice, alice, { aura: alice, grandpa: aliceEd }]] },
    aura: { authorities: [] }, grandpa: { authorities: [] },
    balances: { balances: [[alice, 1e18], [bob, 1e18]] }, transactionPayment: { multiplier: '1' }, sudo: { key: alice },
  });
  const body = Buffer.from(config);
  const n = body.length;
  const prefix = n < 64 ? Buffer.from([n << 2]) : Buffer.from([((n << 2) | 1) & 255, (n >> 6) & 255]);
  const out = `${work}/gosemble-genesis.json`;
  execFileSync(rtHost, ['call', wasmPath, 'GenesisBuilder_build_config', `0x${Buffer.concat([prefix, body]).toString('hex')}`,
    '--state-out', out]);
  const state = JSON.parse(readFileSync(out, 'utf8'));
  state.top['0x3a636f6465'] = `0x${readFileSync(wasmPath).toString('hex')}`;
  writeFileSync(out, JSON.stringify(state));
  return out;
}

/** This runtime's genesis: //Alice endowed with 10^18 (System.Account, Balances.TotalIssuance). */
export async function ownGenesis(wasmPath) {
  await cryptoWaitReady();
  const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice').publicKey;
  const prefix = (p, i) => u8aConcat(xxhashAsU8a(p, 128), xxhashAsU8a(i, 128));
  const u128 = (v) => { const b = new Uint8Array(16); for (let i = 0; i < 16; i++) b[i] = Number((v >> BigInt(8 * i)) & 255n); return b; };
  const endowment = 10n ** 18n;
  const info = u8aConcat(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]),
    u128(endowment), u128(0n), u128(0n), u128(1n << 127n));
  const top = {
    [u8aToHex(u8aConcat(prefix('System', 'Account'), blake2AsU8a(alice, 128), alice))]: u8aToHex(info),
    [u8aToHex(prefix('Balances', 'TotalIssuance'))]: u8aToHex(u128(endowment)),
    '0x3a636f6465': `0x${readFileSync(wasmPath).toString('hex')}`,
  };
  const out = `${work}/own-genesis-${basename(wasmPath, '.wasm')}.json`;
  writeFileSync(out, JSON.stringify({ top }));
  return out;
}

/** The runtimes a benchmark compares: this project's two GC builds, then the peers. `genesis()`
 *  gives a state file (rt-host's { top } or a raw chain spec). */
export function peerRuntimes() {
  return [
    { name: 'cpp-runtime host_heap', wasm: `${build}/runtime-host_heap.wasm`, genesis: () => ownGenesis(`${build}/runtime-host_heap.wasm`) },
    { name: 'cpp-runtime conservative', wasm: `${build}/runtime-conservative.wasm`, genesis: () => ownGenesis(`${build}/runtime-conservative.wasm`) },
    { name: 'Rust node-template', wasm: `${peers}/rust_node_template.compact.compressed.wasm`, genesis: () => `${peers}/rust_node_template.chainspec.json` },
    { name: 'Gosemble PoA', wasm: `${peers}/gosemble_poa_template_v101.wasm`, genesis: () => gosembleGenesis(`${peers}/gosemble_poa_template_v101.wasm`) },
  ];
}

/** The top-level state of a state file or raw chain spec, as a Map of hex key -> hex value. */
export function topState(path) {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  return new Map(Object.entries(json.genesis?.raw?.top ?? json.top));
}

/** The raw module size (a compact.compressed file is inflated with zstd). */
export function rawSize(path) {
  const bytes = readFileSync(path);
  const prefix = Buffer.from([0x52, 0xbc, 0x53, 0x76, 0x46, 0xdb, 0x8e, 0x05]);
  if (bytes.subarray(0, 8).equals(prefix)) {
    return execFileSync('zstd', ['-d', '-c', '-q'], { input: bytes.subarray(8), maxBuffer: 1 << 27 }).length;
  }
  return bytes.length;
}
