// SPDX-License-Identifier: Apache-2.0
// `make bench`: the GC workload (bench/gc_workload/) in every mode, one table + one JSON file.
//
// Modes: native host_heap (mimalloc heap per call) and native conservative (bdwgc's Linux port),
// then the bench-only wasm modules build/bench/gc-workload-<gc>.wasm run through smoldot's
// executor (npm @acala-network/chopsticks-executor). Wasm time is the wall time of the run_task
// call (instantiation included), in smoldot's interpreter as chopsticks ships it. Two parameter
// sets, as in tests/js/gc_workload.test.mjs: `default` (150,000 steps, 4096 live slots) and
// `stress` (125,000 steps, 512 slots), where the collect-every-64 build also runs.
//
//   node bench/run_gc_bench.mjs [--out FILE] [--sets default,stress]
// Writes FILE (default build/bench/gc_workload.json). Not a test: nothing here passes or fails
// on speed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { run_task } from '@acala-network/chopsticks-executor';
import { TypeRegistry } from '@polkadot/types';
import { hexToU8a, u8aToHex } from '@polkadot/util';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const build = resolve(process.env.RT_ARTIFACT_DIR ?? 'build');
const out = resolve(option('--out', `${build}/bench/gc_workload.json`));
const sets = { default: [150000, 4096, 1], stress: [125000, 512, 2] };
const chosen = option('--sets', 'default,stress').split(',');
for (const s of chosen) if (!sets[s]) { console.error(`run_gc_bench: unknown set ${s}`); process.exit(2); }

const registry = new TypeRegistry();
const fields = ['checksum', 'verify_failures', 'host_blocks', 'host_block_lowest', 'region_begin',
  'region_end', 'live_bytes', 'peak_live_bytes', 'allocated_bytes', 'allocations',
  'host_malloc_calls', 'host_free_calls', 'host_bytes', 'peak_host_bytes', 'collections',
  'region_high_water'];
const types = ['u64', 'u32', 'u32', ...Array(13).fill('u64')];

const emptyState = {
  getStorage: async () => undefined, getNextKey: async () => undefined,
  offchainGetStorage: async () => undefined, offchainTimestamp: async () => 0,
  offchainRandomSeed: async () => u8aToHex(new Uint8Array(32)), offchainSubmitTransaction: async () => false,
};

function need(path, how) {
  if (!existsSync(path)) { console.error(`run_gc_bench: ${path} is missing (${how})`); process.exit(1); }
  return path;
}

function runNative(backend, [iterations, slots, seed]) {
  const exe = need(`${build}/native/bin/gc-workload-${backend}`, 'run `make build`');
  const text = execFileSync(exe, ['--iterations', `${iterations}`, '--slots', `${slots}`, '--seed', `${seed}`]);
  const r = JSON.parse(text);
  return { ...r, checksum: `0x${r.checksum}` };
}

let taskId = 1;
async function runWasm(module, [iterations, slots, seed]) {
  const wasm = readFileSync(need(`${build}/bench/gc-workload-${module}.wasm`, 'run `make build` for both GC modes'));
  const input = registry.createType('(u32,u32,u64)', [iterations, slots, seed]).toHex();
  const task = { id: taskId++, wasm: u8aToHex(wasm), calls: [['GcBench_workload', [input]]],
    mockSignatureHost: 0, allowUnresolvedImports: false, runtimeLogLevel: 1, storageProofSize: 0 };
  const start = performance.now();
  const response = await run_task(task, emptyState);
  const time_ms = performance.now() - start;
  if (!response.Call) throw new Error(`${module}: ${JSON.stringify(response)}`);
  const values = registry.createType(`(${types.join(',')})`, hexToU8a(response.Call.result));
  const r = Object.fromEntries(fields.map((f, i) => [f, f === 'checksum' ? values[i].toHex() : Number(values[i].toString())]));
  return { ...r, time_ms };
}

const rows = [];
for (const set of chosen) {
  const p = sets[set];
  const modes = [
    ['native host_heap', () => runNative('host_heap', p)],
    ['native conservative', () => runNative('conservative', p)],
    ['wasm host_heap', () => runWasm('host_heap', p)],
    ['wasm conservative', () => runWasm('conservative', p)],
  ];
  if (set === 'stress') modes.push(['wasm conservative every64', () => runWasm('conservative-every64', p)]);
  for (const [mode, fn] of modes) {
    process.stderr.write(`run_gc_bench: ${set} / ${mode} ...\n`);
    rows.push({ set, mode, iterations: p[0], slots: p[1], seed: p[2], ...(await fn()) });
  }
}

const KiB = (n) => (n === undefined ? '-' : (n / 1024).toFixed(0));
const header = ['set', 'mode', 'time ms', 'host peak KiB', 'live peak KiB', 'host/live',
  'malloc', 'free', 'GCs', 'region hw KiB', 'allocs', 'alloc MiB', 'checksum'];
const table = rows.map((r) => [r.set, r.mode, r.time_ms.toFixed(1), KiB(r.peak_host_bytes),
  KiB(r.peak_live_bytes),
  r.peak_host_bytes && r.peak_live_bytes ? (r.peak_host_bytes / r.peak_live_bytes).toFixed(3) : '-',
  `${r.host_malloc_calls}`, `${r.host_free_calls}`, `${r.collections}`, KiB(r.region_high_water),
  `${r.allocations}`, (r.allocated_bytes / 1048576).toFixed(1), r.checksum]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log('\nhost peak: bytes held from the host allocator incl. its 8-byte headers and power-of-two rounding' +
  ' (host_heap only; conservative lives in its fixed GC region, see region hw).\n' +
  'live peak: host_heap = requested bytes live at the peak; conservative = most bytes a collection found reachable.');

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ benchmark: 'gc_workload', rows }, null, 2) + '\n');
console.log(`\nwrote ${out}`);
