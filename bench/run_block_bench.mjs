// SPDX-License-Identifier: Apache-2.0
// `make bench`, part 2: a block of N signed transfers per runtime, in the project's host.
//
// For each runtime (this project's, both GC builds, and the peers in ../shared/peers),
// `rt-host block` builds block 1 on its genesis (timestamp inherent +
// N //Alice -> //Bob transfers signed in C++) and imports it with Core_execute_block. Reported:
// execution time per transfer (median of the apply_extrinsic calls, on wabt's interpreter: compare
// ratios between runtimes, not absolute times), the host heap's high-water mark per call
// (freeing-bump bytes held, headers and rounding included), execute_block time, block size, and
// the runtime's size. Writes build/bench/block.json.
//
//   node bench/run_block_bench.mjs [--transfers N] [--remarks M]
// A second block per runtime carries M System::remark calls (32 bytes each).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady, xxhashAsU8a } from '@polkadot/util-crypto';

const args = process.argv.slice(2);
const transfers = Number(args.includes('--transfers') ? args[args.indexOf('--transfers') + 1] : 100);
const remarks = Number(args.includes('--remarks') ? args[args.indexOf('--remarks') + 1] : 1000);
const build = resolve(process.env.RT_ARTIFACT_DIR ?? 'build');
const rtHost = `${build}/native/bin/rt-host`;
const peers = resolve(process.env.RT_PEERS_DIR ?? '../shared/peers');
if (!existsSync(rtHost)) { console.error(`run_block_bench: ${rtHost} missing (run make build)`); process.exit(1); }
const work = mkdtempSync(join(tmpdir(), 'rt-block-bench-'));

/** Gosemble ships no chain spec: its genesis from GenesisBuilder_build_config. */
function gosembleGenesis(wasmPath) {
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
async function ownGenesis(wasmPath) {
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
  const out = `${work}/own-genesis.json`;
  writeFileSync(out, JSON.stringify({ top }));
  return out;
}

const runtimes = [
  ['cpp-runtime host_heap', `${build}/runtime-host_heap.wasm`, () => ownGenesis(`${build}/runtime-host_heap.wasm`)],
  ['cpp-runtime conservative', `${build}/runtime-conservative.wasm`, () => ownGenesis(`${build}/runtime-conservative.wasm`)],
  ['Rust node-template', `${peers}/rust_node_template.compact.compressed.wasm`, () => `${peers}/rust_node_template.chainspec.json`],
  ['Gosemble PoA', `${peers}/gosemble_poa_template_v101.wasm`, () => gosembleGenesis(`${peers}/gosemble_poa_template_v101.wasm`)],
];

/** The raw module size (a compact.compressed file is inflated with zstd). */
function rawSize(path) {
  const bytes = readFileSync(path);
  const prefix = Buffer.from([0x52, 0xbc, 0x53, 0x76, 0x46, 0xdb, 0x8e, 0x05]);
  if (bytes.subarray(0, 8).equals(prefix)) {
    return execFileSync('zstd', ['-d', '-c', '-q'], { input: bytes.subarray(8), maxBuffer: 1 << 27 }).length;
  }
  return bytes.length;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : 0; };
const rows = [];
for (const [name, wasm, genesis] of runtimes) {
  if (!existsSync(wasm)) { console.error(`run_block_bench: ${wasm} not found, skipped`); continue; }
  process.stderr.write(`run_block_bench: ${name}, ${transfers} transfers ...\n`);
  const report = JSON.parse(execFileSync(rtHost, ['block', wasm, '--state', await genesis(), '--transfers', `${transfers}`],
    { maxBuffer: 1 << 26 }).toString());
  const applies = report.calls.filter((c) => c.method === 'BlockBuilder_apply_extrinsic').slice(report.inherents);
  const execute = report.calls.find((c) => c.method === 'Core_execute_block');
  let remark = { remarks_ok: 0, remark_ms_median: 0 };
  if (remarks > 0) {
    process.stderr.write(`run_block_bench: ${name}, ${remarks} remarks ...\n`);
    const r = JSON.parse(execFileSync(rtHost, ['block', wasm, '--state', await genesis(), '--transfers', '0', '--remarks', `${remarks}`],
      { maxBuffer: 1 << 26 }).toString());
    const applied = r.calls.filter((c) => c.method === 'BlockBuilder_apply_extrinsic').slice(r.inherents);
    remark = { remarks_ok: r.remarksOk, remark_ms_median: median(applied.map((c) => c.exec_ms)) };
  }
  rows.push({ ...remark, remarks,
    runtime: name, wasm_bytes: rawSize(wasm), transfers, transfers_ok: report.transfersOk,
    transfer_ms_median: median(applies.map((c) => c.exec_ms)),
    apply_heap_peak_max: Math.max(...applies.map((c) => c.heap_peak)),
    execute_block_ms: execute.exec_ms, execute_block_heap_peak: execute.heap_peak, block_bytes: report.blockBytes,
  });
}

const header = ['runtime', 'raw wasm KiB', 'ok/N', 'transfer ms (median)', 'apply heap peak B', 'execute_block ms', 'execute heap peak KiB', 'block B', 'remarks ok/M', 'remark ms (median)'];
const table = rows.map((r) => [r.runtime, (r.wasm_bytes / 1024).toFixed(0), `${r.transfers_ok}/${r.transfers}`,
  r.transfer_ms_median.toFixed(3), `${r.apply_heap_peak_max}`, r.execute_block_ms.toFixed(1),
  (r.execute_block_heap_peak / 1024).toFixed(1), `${r.block_bytes}`, `${r.remarks_ok}/${r.remarks}`, r.remark_ms_median.toFixed(3)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log('\ntimes: execution inside the entry point on wabt\'s interpreter (rt-host); compare runtimes by ratio.');
const out = `${build}/bench/block.json`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ benchmark: 'block', transfers, rows }, null, 2) + '\n');
console.log(`wrote ${out}`);
