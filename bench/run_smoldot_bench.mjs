// SPDX-License-Identifier: Apache-2.0
// `make bench`, part 3: the block benchmark in smoldot's executor (npm
// @acala-network/chopsticks-executor), the host the project's targets are measured in.
//
// For each runtime, rt-host builds block 1 (timestamp inherent, N //Alice -> //Bob transfers, or M
// System::remark calls) and writes its initialize header and extrinsics (--block-out). smoldot then
// runs them in one task on the genesis state, Core_initialize_block followed by every
// BlockBuilder_apply_extrinsic, as a block author would; the same task without the signed
// extrinsics is the baseline. Time per extrinsic = (task - baseline) / N, median of the rounds
// (after one untimed warm-up task).
// Alice's nonce after the task shows that all N were applied. Writes build/bench/smoldot.json.
//
//   node bench/run_smoldot_bench.mjs [--transfers N] [--remarks M] [--rounds R] [--only NAME-PART[,NAME-PART...]]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run_task } from '@acala-network/chopsticks-executor';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady, xxhashAsU8a } from '@polkadot/util-crypto';
import { build, peerRuntimes, rawSize, rtHost, topState } from './support/runtimes.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => Number(args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const transfers = option('--transfers', 100);
const remarks = option('--remarks', 1000);
const rounds = option('--rounds', 5);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';
if (!existsSync(rtHost)) { console.error(`run_smoldot_bench: ${rtHost} missing (run make build)`); process.exit(1); }

await cryptoWaitReady();
const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice').publicKey;
const aliceAccountKey = u8aToHex(u8aConcat(xxhashAsU8a('System', 128), xxhashAsU8a('Account', 128),
  blake2AsU8a(alice, 128), alice));

let id = 1;
function callbacks(state) {
  const keys = [...state.keys()].sort();
  return {
    getStorage: async (k) => state.get(k),
    getNextKey: async (prefix, key) => keys.find((k) => k > key && k.startsWith(prefix)),
    offchainGetStorage: async () => undefined, offchainTimestamp: async () => 0,
    offchainRandomSeed: async () => u8aToHex(new Uint8Array(32)), offchainSubmitTransaction: async () => false,
  };
}

/** Runs `calls` in one smoldot task; returns the wall time and the task's storage diff. */
async function task(code, calls, state) {
  const start = process.hrtime.bigint();
  const r = await run_task({ id: id++, wasm: code, calls, mockSignatureHost: 0, allowUnresolvedImports: false,
    runtimeLogLevel: 0, storageProofSize: 0 }, callbacks(state));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!r.Call) throw new Error(`smoldot: ${JSON.stringify(r).slice(0, 300)}`);
  return { ms, diff: new Map(r.Call.storageDiff) };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** ms per signed extrinsic of a block with `count` transfers or remarks, and how many were applied. */
async function measure(runtime, genesisPath, kind, count) {
  const blockFile = join(tmpdir(), `rt-smoldot-bench-${process.pid}.json`);
  execFileSync(rtHost, ['block', runtime.wasm, '--state', genesisPath, '--transfers', kind === 'transfers' ? `${count}` : '0',
    '--remarks', kind === 'remarks' ? `${count}` : '0', '--block-out', blockFile], { maxBuffer: 1 << 26 });
  const block = JSON.parse(readFileSync(blockFile, 'utf8'));
  const state = topState(genesisPath);
  const code = state.get('0x3a636f6465');
  const init = [['Core_initialize_block', [block.initializeHeader]]];
  const inherents = block.extrinsics.slice(0, block.inherents).map((x) => ['BlockBuilder_apply_extrinsic', [x]]);
  const signed = block.extrinsics.slice(block.inherents).map((x) => ['BlockBuilder_apply_extrinsic', [x]]);
  const times = [];
  let applied = 0;
  // One untimed task first: V8 tiers smoldot's own wasm up while it runs, so the first timed
  // runtime would otherwise pay for that.
  await task(code, [...init, ...inherents, ...signed], state);
  for (let round = 0; round < rounds; round++) {
    const base = await task(code, [...init, ...inherents], state);
    const full = await task(code, [...init, ...inherents, ...signed], state);
    times.push((full.ms - base.ms) / count);
    const info = full.diff.get(aliceAccountKey);
    applied = info ? hexToU8a(info)[0] | (hexToU8a(info)[1] << 8) | (hexToU8a(info)[2] << 16) : 0;  // nonce (u32 LE)
  }
  return { ms: median(times), applied };
}

const rows = [];
for (const runtime of peerRuntimes().filter((r) => only.split(',').some((part) => r.name.includes(part)))) {
  if (!existsSync(runtime.wasm)) { console.error(`run_smoldot_bench: ${runtime.wasm} not found, skipped`); continue; }
  const genesisPath = await runtime.genesis();
  // A runtime that cannot build or apply the block is reported (NaN), not fatal to the table.
  const attempt = async (kind, count) => {
    process.stderr.write(`run_smoldot_bench: ${runtime.name}, ${count} ${kind} ...\n`);
    try {
      return await measure(runtime, genesisPath, kind, count);
    } catch (e) {
      process.stderr.write(`run_smoldot_bench: ${runtime.name}, ${kind}: ${String(e.message).split('\n')[0]}\n`);
      return { ms: NaN, applied: 0 };
    }
  };
  const t = await attempt('transfers', transfers);
  const r = remarks > 0 ? await attempt('remarks', remarks) : { ms: 0, applied: 0 };
  rows.push({ runtime: runtime.name, wasm_bytes: rawSize(runtime.wasm), transfers, transfers_applied: t.applied,
    transfer_ms: t.ms, remarks, remarks_applied: r.applied, remark_ms: r.ms });
}

const rust = rows.find((r) => r.runtime === 'Rust node-template');
const header = ['runtime', 'raw wasm KiB', 'transfers applied', 'ms/transfer', 'x Rust', 'remarks applied', 'ms/remark'];
const table = rows.map((r) => [r.runtime, (r.wasm_bytes / 1024).toFixed(0), `${r.transfers_applied}/${r.transfers}`,
  r.transfer_ms.toFixed(3), rust ? (r.transfer_ms / rust.transfer_ms).toFixed(2) : '-', `${r.remarks_applied}/${r.remarks}`,
  r.remark_ms.toFixed(3)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log(`\ntimes: smoldot's executor (chopsticks-executor), one task per block, median of ${rounds} rounds.`);
const out = `${build}/bench/smoldot.json`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ benchmark: 'smoldot-block', transfers, remarks, rounds, rows }, null, 2) + '\n');
console.log(`wrote ${out}`);
