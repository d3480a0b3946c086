// SPDX-License-Identifier: Apache-2.0
// GC acceptance through a real host: the bench-only modules build/bench/gc-workload-<gc>.wasm
// (bench/gc_workload/) run `GcBench_workload` in smoldot's executor (npm
// @acala-network/chopsticks-executor: unmodified smoldot, unresolved imports disallowed).
//
// Two parameter sets, each one call:
//   default  150,000 steps = 300,001 GC objects, ~80 MiB allocated, ~2.5 MiB live (4096 slots):
//            host_heap's host bytes stay within 1.25x of the live bytes; the conservative
//            build's host blocks all land above its GC region, whose contents survive them.
//   stress   125,000 steps = 250,001 objects, ~68 MiB allocated, ~0.4 MiB live (512 slots):
//            host_heap, conservative and conservative-every64 (a full collection before every
//            64th allocation: ~3,900 collections) return the same checksum. The small live set
//            keeps 3,900 full marks affordable in smoldot's interpreter.
// The checksum depends only on the parameters; every payload is verified as it is read. An
// over-full region traps with one clear log line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { run_task } from '@acala-network/chopsticks-executor';
import { TypeRegistry } from '@polkadot/types';
import { hexToU8a } from '@polkadot/util';
import { artifactDir, emptyState, exportedGlobal, task } from './support/artifacts.mjs';

const MiB = 1024 * 1024;
const regionSize = Number(process.env.RT_GC_BENCH_REGION_SIZE ?? 16 * MiB);  // the workload modules' region
const registry = new TypeRegistry();
// bench/gc_workload/workload.hpp, WorkloadParams and WorkloadResult, field for field.
const Params = '(u32,u32,u64)';
const resultFields = [
  ['checksum', 'u64'], ['verify_failures', 'u32'], ['host_blocks', 'u32'],
  ['host_block_lowest', 'u64'], ['region_begin', 'u64'], ['region_end', 'u64'],
  ['live_bytes', 'u64'], ['peak_live_bytes', 'u64'], ['allocated_bytes', 'u64'],
  ['allocations', 'u64'], ['host_malloc_calls', 'u64'], ['host_free_calls', 'u64'],
  ['host_bytes', 'u64'], ['peak_host_bytes', 'u64'], ['collections', 'u64'],
  ['region_high_water', 'u64'],
];
const Result = `(${resultFields.map(([, t]) => t).join(',')})`;

function moduleBytes(name) {
  const path = `${artifactDir}/bench/gc-workload-${name}.wasm`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`make build\` for both GC modes`);
  return new Uint8Array(readFileSync(path));
}

/** Runs the workload in `module`; resolves to the decoded result, or the executor's response. */
async function runWorkload(module, iterations = 150000, slots = 4096, seed = 1) {
  const input = registry.createType(Params, [iterations, slots, seed]).toHex();
  const response = await run_task(task(moduleBytes(module), 'GcBench_workload', [input]), emptyState);
  if (!response.Call) return { response };
  const values = registry.createType(Result, hexToU8a(response.Call.result));
  const result = Object.fromEntries(resultFields.map(([name], i) => [name, BigInt(values[i].toString())]));
  return { result, response };
}

const parameterSets = { default: [150000, 4096, 1], stress: [125000, 512, 2] };

// Each (module, parameter set) runs once; the tests below read the same results.
const runs = {};
const run = (module, set = 'default') =>
  (runs[`${module}/${set}`] ??= runWorkload(module, ...parameterSets[set]));

for (const [module, set] of [['host_heap', 'default'], ['conservative', 'default'],
                             ['host_heap', 'stress'], ['conservative', 'stress'],
                             ['conservative-every64', 'stress']]) {
  test(`${module} (${set}): the workload runs in smoldot's executor, every payload verified`, async () => {
    const { result, response } = await run(module, set);
    assert.ok(result, `GcBench_workload failed: ${JSON.stringify(response)}`);
    assert.equal(result.verify_failures, 0n);
    assert.ok(result.allocations >= 200000n, `${result.allocations} objects`);
    assert.ok(result.allocated_bytes >= 64n * BigInt(MiB), `${result.allocated_bytes} bytes allocated`);
    assert.ok(result.peak_live_bytes > 0n && result.peak_live_bytes <= 8n * BigInt(MiB),
              `peak live ${result.peak_live_bytes}`);
  });
}

test('both GC builds return the same checksum (default set)', async () => {
  const a = await run('host_heap');
  const b = await run('conservative');
  assert.ok(a.result && b.result);
  assert.equal(b.result.checksum, a.result.checksum);
});

test('collect-every-64 returns the same checksum as both GC builds (stress set)', async () => {
  const a = await run('host_heap', 'stress');
  const b = await run('conservative', 'stress');
  const c = await run('conservative-every64', 'stress');
  assert.ok(a.result && b.result && c.result);
  assert.equal(b.result.checksum, a.result.checksum);
  assert.equal(c.result.checksum, a.result.checksum);
});

test('host_heap: host heap peak <= 1.25 x peak live bytes, no per-object host calls', async () => {
  const { result } = await run('host_heap');
  assert.ok(result.peak_host_bytes * 4n <= result.peak_live_bytes * 5n,
            `peak host ${result.peak_host_bytes} vs peak live ${result.peak_live_bytes}`);
  // No per-object host calls: chunks only (at most one host malloc per 1,000 objects).
  assert.ok(result.host_malloc_calls * 1000n <= result.allocations, `${result.host_malloc_calls} host mallocs`);
  assert.equal(result.collections, 0n);
});

test('conservative: the host heap never enters the GC region', async () => {
  const wasm = moduleBytes('conservative');
  const { result } = await run('conservative');
  const heapBase = BigInt(exportedGlobal(wasm, '__heap_base'));
  // The region is [linker heap base, exported __heap_base): code sees the former, hosts the latter.
  assert.equal(result.region_end, heapBase);
  assert.equal(result.region_end - result.region_begin <= BigInt(regionSize), true);
  assert.ok(result.host_blocks > 0n);
  assert.ok(result.host_block_lowest >= result.region_end,
            `host block at ${result.host_block_lowest}, region ends at ${result.region_end}`);
  assert.ok(result.region_high_water > 0n && result.region_high_water <= BigInt(regionSize));
  assert.ok(result.collections > 0n, 'the region filled up and bdwgc collected');
});

test('conservative-every64: a full collection before every 64th allocation', async () => {
  const { result } = await run('conservative-every64', 'stress');
  assert.ok(result.collections >= result.allocations / 64n,
            `${result.collections} collections for ${result.allocations} allocations`);
});

/** Runs `fn` with the executor's console output (runtime logs) collected; returns both. */
async function withConsole(fn) {
  const lines = [];
  const saved = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    saved[level] = console[level];
    // Without the executor's task id ("[7]"), which differs from call to call.
    console[level] = (...args) => lines.push(args.join(' ').replace(/\[\d+\] /, ''));
  }
  try {
    return { value: await fn(), lines };
  } finally {
    Object.assign(console, saved);
  }
}

test('conservative: an over-full region traps with one clear log line, deterministically', async () => {
  // 40,000 live slots of ~540 bytes: ~21 MiB live, more than the 16 MiB region.
  const first = await withConsole(() => runWorkload('conservative', 60000, 40000, 7));
  const second = await withConsole(() => runWorkload('conservative', 60000, 40000, 7));
  assert.equal(first.value.result, undefined, 'the call must fail');
  assert.ok(first.value.response.Error, JSON.stringify(first.value.response));
  const exhausted = first.lines.filter((l) => l.includes('GC region exhausted'));
  assert.ok(exhausted.length >= 1, `log lines: ${first.lines.join('\n')}`);
  assert.deepEqual(second.value.response, first.value.response);
  assert.deepEqual(second.lines, first.lines);
});
